package cn.kaichuang.cohort;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param classSize the most trainees one cohort of a course type may take
 *     ({@code kaichuang.cohort.class-size.SYB=30}); a type not named takes {@link #DEFAULT_CLASS_SIZE}
 */
@ConfigurationProperties("kaichuang.cohort")
public record CohortProperties(@Nullable Map<CourseType, Integer> classSize) {

    public static final int DEFAULT_CLASS_SIZE = 30;

    public CohortProperties {
        classSize = classSize == null ? Map.of() : Map.copyOf(new EnumMap<>(classSize));
        classSize.forEach((type, limit) -> {
            if (limit < 1) {
                throw new IllegalArgumentException("kaichuang.cohort.class-size." + type + " must be at least 1");
            }
        });
    }

    public int classSizeLimit(CourseType type) {
        Map<CourseType, Integer> limits = classSize == null ? Map.of() : classSize;
        return limits.getOrDefault(type, DEFAULT_CLASS_SIZE);
    }
}
