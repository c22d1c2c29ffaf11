package cn.kaichuang.courseware;

import cn.kaichuang.cohort.CourseType;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One courseware item of the catalogue.
 *
 * @param latestVersion the highest version number uploaded, 0 before the first upload
 * @param publishedVersion the version institutions get as "latest published"; null while never published
 */
public record CoursewareItem(CoursewareId id, String title, Set<CourseType> courseTypes, String module,
        String knowledgePoint, String description, CoursewareStatus status, int latestVersion,
        @Nullable Integer publishedVersion, Instant updatedAt) {

    public boolean published() {
        return status == CoursewareStatus.PUBLISHED;
    }
}
