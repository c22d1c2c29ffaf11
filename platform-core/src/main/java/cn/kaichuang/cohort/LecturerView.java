package cn.kaichuang.cohort;

import cn.kaichuang.cohort.Ids.LecturerId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

public record LecturerView(LecturerId id, String name, String qualificationNo, Set<CourseType> courseTypes,
        @Nullable String username) {
}
