package cn.kaichuang.app.demo;

import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.tenancy.TenantCode;
import java.util.List;
import java.util.Set;

/**
 * One demo institution: who teaches there and which cohorts it runs. Trainees are generated
 * (see {@link DemoPeople}) from the districts its trainees come from.
 *
 * @param districts GB/T 2260 county codes of the prefecture, for the trainees' ID numbers
 */
record DemoInstitution(TenantCode code, String name, String regionCode, List<String> districts,
        List<Lecturer> lecturers, List<Cohort> cohorts) {

    record Lecturer(String name, String phone, String qualificationNo, Set<CourseType> courseTypes) {
    }

    /**
     * @param startOffsetDays start relative to the day of seeding, so the demo always has a
     *                        running and an upcoming cohort
     * @param lead index into {@link #lecturers()}
     * @param status how far the demo drives the cohort's lifecycle (see {@link DemoLifecycle})
     * @param firstTrainee with {@code lastTrainee}, the generated trainees enrolled (from inclusive, to
     *     exclusive); -1 for the first two cohorts, which share the first trainee
     */
    record Cohort(String name, CourseType courseType, int startOffsetDays, int lengthDays, Venue venue, int lead,
            CohortStatus status, int firstTrainee, int lastTrainee) {

        Cohort(String name, CourseType courseType, int startOffsetDays, int lengthDays, Venue venue, int lead) {
            this(name, courseType, startOffsetDays, lengthDays, venue, lead, CohortStatus.DRAFT, -1, -1);
        }
    }
}
