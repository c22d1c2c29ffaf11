package cn.kaichuang.cohort;

import cn.kaichuang.cohort.Ids.LecturerId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A cohort (班期) as first entered by the institution. */
public record NewCohort(String name, CourseType courseType, LocalDate startDate, LocalDate endDate, Venue venue,
        int capacity, @Nullable LecturerId leadLecturer) {

    public NewCohort {
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("A cohort cannot end before it starts");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("Capacity must be at least 1");
        }
    }
}
