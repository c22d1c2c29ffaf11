package cn.kaichuang.cohort;

import cn.kaichuang.cohort.Ids.LecturerId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The application (开班申请) beside the cohort's own data and roster.
 *
 * @param coLecturers lecturers teaching besides the lead lecturer
 * @param planDocument where the teaching-plan document lies (a file name or link), optional
 */
public record CohortApplication(String teachingPlan, String resources, String assessmentPlan,
        Set<LecturerId> coLecturers, @Nullable String planDocument) {

    public static final CohortApplication EMPTY = new CohortApplication("", "", "", Set.of(), null);

    static final int MAX_TEXT = 10_000;

    public CohortApplication {
        coLecturers = Set.copyOf(coLecturers);
        teachingPlan = teachingPlan.strip();
        resources = resources.strip();
        assessmentPlan = assessmentPlan.strip();
        planDocument = planDocument == null || planDocument.isBlank() ? null : planDocument.strip();
        if (teachingPlan.length() > MAX_TEXT || resources.length() > MAX_TEXT || assessmentPlan.length() > MAX_TEXT) {
            throw new LifecycleException("cohort.error.text-too-long", String.valueOf(MAX_TEXT));
        }
        if (planDocument != null && planDocument.length() > 500) {
            throw new LifecycleException("cohort.error.text-too-long", "500");
        }
    }
}
