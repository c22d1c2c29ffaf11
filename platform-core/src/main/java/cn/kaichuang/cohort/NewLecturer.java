package cn.kaichuang.cohort;

import java.util.Set;
import org.jspecify.annotations.Nullable;

public record NewLecturer(String name, @Nullable String phone, String qualificationNo, Set<CourseType> courseTypes,
        @Nullable String username) {
}
