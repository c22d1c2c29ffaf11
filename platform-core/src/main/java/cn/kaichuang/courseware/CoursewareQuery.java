package cn.kaichuang.courseware;

import cn.kaichuang.cohort.CourseType;
import org.jspecify.annotations.Nullable;

/**
 * A search of the catalogue; null or blank parts do not filter.
 *
 * @param text part of the title, module or knowledge point
 */
public record CoursewareQuery(@Nullable String text, @Nullable CourseType courseType,
        @Nullable CoursewareStatus status) {

    public static final CoursewareQuery ALL = new CoursewareQuery(null, null, null);
}
