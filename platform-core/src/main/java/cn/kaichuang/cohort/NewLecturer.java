package cn.kaichuang.cohort;

import java.util.Set;
import org.jspecify.annotations.Nullable;

public record NewLecturer(String name, @Nullable String phone, String qualificationNo, Set<CourseType> courseTypes,
        @Nullable String username) {

    public NewLecturer {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A lecturer needs a name");
        }
        if (qualificationNo.isBlank()) {
            throw new IllegalArgumentException("A lecturer needs a qualification certificate number");
        }
        name = name.strip();
        qualificationNo = qualificationNo.strip();
        courseTypes = Set.copyOf(courseTypes);
    }
}
