package cn.kaichuang.followup;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One follow-up survey: a trainee of a completed cohort, one wave. */
public record Survey(long id, CohortId cohort, String cohortName, CourseType courseType, TraineeId trainee,
        String traineeName, int waveMonths, LocalDate dueOn, SurveyStatus status, int reminders,
        @Nullable Instant lastReminder, @Nullable Instant answeredAt) {
}
