package cn.kaichuang.cohort;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record CohortView(CohortId id, String name, CourseType courseType, LocalDate startDate, LocalDate endDate,
        Venue venue, int capacity, int enrolled, @Nullable LecturerId leadLecturer, CohortStatus status) {
}
