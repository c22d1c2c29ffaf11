package cn.kaichuang.courseware;

import cn.kaichuang.cohort.Ids.CohortId;
import org.jspecify.annotations.Nullable;

/**
 * A courseware item attached to a cohort.
 *
 * @param pinnedVersion the version the institution chose, or null for the latest published one
 * @param version what the cohort gets now; null when the item is withdrawn (it no longer opens)
 */
public record CohortCoursewareEntry(CohortId cohort, CoursewareItem item, @Nullable Integer pinnedVersion,
        @Nullable CoursewareVersion version) {

    public boolean openable() {
        return version != null;
    }
}
