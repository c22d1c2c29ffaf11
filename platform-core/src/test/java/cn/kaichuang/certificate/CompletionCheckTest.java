package cn.kaichuang.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.certificate.CompletionEvidence.Evidence;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.Venue;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class CompletionCheckTest {

    private static final TraineeId TRAINEE = new TraineeId(7);

    @Test
    void nothingRecordedMeetsNoRule() {
        CompletionCheck check = new CompletionCheck(new StaticListableBeanFactory().getBeanProvider(CompletionEvidence.class),
                CompletionRule::defaultFor);
        assertThat(check.unmet(cohort(CourseType.SYB), TRAINEE))
                .containsExactly("certificate.unmet.attendance", "certificate.unmet.exam", "certificate.unmet.plan");
    }

    @Test
    void recordedEvidenceIsJudgedByTheCourseTypesRule() {
        CompletionCheck check = checkWith(new Evidence(OptionalInt.of(85), Optional.of(true), Optional.empty()));
        assertThat(check.unmet(cohort(CourseType.GYB), TRAINEE)).isEmpty();
        assertThat(check.unmet(cohort(CourseType.SYB), TRAINEE)).containsExactly("certificate.unmet.plan");
        assertThat(check.unmet(cohort(CourseType.ONLINE), TRAINEE)).containsExactly("certificate.unmet.attendance");
    }

    @Test
    void aFailedExamIsUnmetEvenWithFullAttendance() {
        CompletionCheck check = checkWith(new Evidence(OptionalInt.of(100), Optional.of(false), Optional.of(true)));
        assertThat(check.unmet(cohort(CourseType.IYB), TRAINEE)).containsExactly("certificate.unmet.exam");
    }

    private static CompletionCheck checkWith(Evidence evidence) {
        CompletionEvidence recorded = (cohort, trainee) -> trainee.equals(TRAINEE) ? evidence : Evidence.NOTHING_RECORDED;
        return new CompletionCheck(new StaticListableBeanFactory(Map.of("evidence", recorded))
                .getBeanProvider(CompletionEvidence.class), CompletionRule::defaultFor);
    }

    private static CohortView cohort(CourseType type) {
        return new CohortView(new CohortId(1), "第1期", type, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10),
                new Venue("长沙", 28.2, 112.9), 30, 20, null, CohortStatus.COMPLETED);
    }
}
