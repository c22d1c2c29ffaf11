package cn.kaichuang.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.cohort.Ids.TraineeId;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Learning statistics against real PostgreSQL: the figures are those of the recorded rows. */
class LearningStatisticsTest extends TeachingTestBase {

    @Autowired
    LearningStatistics statistics;
    @Autowired
    TeachingTasks tasks;
    @Autowired
    TeachingResources resources;

    @Test
    void figuresPerTraineeAndCohortMatchWhatWasRecorded() {
        Roster roster = roster(3);
        Instant due = clock.instant().plus(Duration.ofDays(1));
        ResourceView two = inTenant(roster.lecturer(), () -> resources.upload(roster.cohort(), "两页", "2.pdf",
                new ByteArrayInputStream(pdf(2))));
        ResourceView four = inTenant(roster.lecturer(), () -> resources.upload(roster.cohort(), "四页", "4.pdf",
                new ByteArrayInputStream(pdf(4))));
        TaskId offline = inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), null,
                TaskKind.OFFLINE, "参加沙龙", "", null, due)));
        TaskId draft = inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), null,
                TaskKind.HAND_IN_DRAFT, "交初稿", "", null, due)));

        // A reads all of the first and one page of the second, completes both tasks; B completes one.
        inTenant(roster.trainee(0), () -> resources.page(two.id(), 1, 300));
        inTenant(roster.trainee(0), () -> resources.page(two.id(), 2, 300));
        inTenant(roster.trainee(0), () -> resources.page(four.id(), 1, 300));
        inTenant(roster.trainee(0), () -> tasks.complete(offline, "去了", null, null));
        inTenant(roster.trainee(0), () -> tasks.complete(draft, "见文字", null, null));
        inTenant(roster.trainee(1), () -> tasks.complete(offline, "去了", null, null));
        inTenant(roster.trainee(1), () -> tasks.complete(draft, "初稿", null, null));
        inTenant(roster.lecturer(), () -> tasks.returnTask(draft, roster.traineeIds().get(1), "重写"));
        clock.advance(Duration.ofDays(2));

        CohortStatistics stats = inTenant(roster.lecturer(), () -> statistics.of(roster.cohort())).orElseThrow();
        assertThat(stats.columns()).extracting(StatisticsColumn::key).containsExactly(
                TeachingFigures.RESOURCE_PROGRESS, TeachingFigures.RESOURCES_FINISHED, TeachingFigures.TASK_RATE,
                TeachingFigures.TASKS_COMPLETED, TeachingFigures.TASKS_OVERDUE, SelfAssessmentFigures.SELF_ASSESSMENT, EXTRA);
        TraineeStatistics a = row(stats, roster.traineeIds().get(0));
        TraineeStatistics b = row(stats, roster.traineeIds().get(1));
        TraineeStatistics c = row(stats, roster.traineeIds().get(2));
        assertThat(a.figure(TeachingFigures.RESOURCE_PROGRESS)).as("(100 + 25) / 2").isEqualTo(62.5);
        assertThat(a.figure(TeachingFigures.RESOURCES_FINISHED)).isEqualTo(1.0);
        assertThat(a.figure(TeachingFigures.TASK_RATE)).isEqualTo(100.0);
        assertThat(a.figure(TeachingFigures.TASKS_OVERDUE)).isEqualTo(0.0);
        assertThat(b.figure(TeachingFigures.RESOURCE_PROGRESS)).as("never opened counts as 0").isEqualTo(0.0);
        assertThat(b.figure(TeachingFigures.TASK_RATE)).as("the returned draft is not completed").isEqualTo(50.0);
        assertThat(b.figure(TeachingFigures.TASKS_OVERDUE)).isEqualTo(1.0);
        assertThat(c.figure(TeachingFigures.TASKS_COMPLETED)).isEqualTo(0.0);
        assertThat(c.figure(TeachingFigures.TASKS_OVERDUE)).isEqualTo(2.0);
        assertThat(stats.average(TeachingFigures.RESOURCE_PROGRESS)).as("62.5 / 3").isEqualTo(20.8);
        assertThat(stats.average(TeachingFigures.TASK_RATE)).as("(100 + 50 + 0) / 3").isEqualTo(50.0);
        assertThat(stats.tasks()).extracting(TaskCompletionCount::title, TaskCompletionCount::completed,
                TaskCompletionCount::returned, TaskCompletionCount::enrolled).containsExactly(
                org.assertj.core.groups.Tuple.tuple("参加沙龙", 2, 0, 3),
                org.assertj.core.groups.Tuple.tuple("交初稿", 1, 1, 3));
        assertThat(a.figure(EXTRA)).as("another feature's column").isEqualTo(88.0);
        assertThat(stats.average(EXTRA)).as("only trainees with a figure count").isEqualTo(88.0);

        // The database agrees with the figures: A's rows.
        String schema = jdbc.sql("select schema_name from platform.tenant where code = ?").param(TENANT)
                .query(String.class).single();
        assertThat(jdbc.sql("select count(*) from " + schema + ".teaching_page_seen where trainee_id = ?")
                .param(roster.traineeIds().get(0).value()).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from " + schema + ".teaching_completion where status = 'COMPLETED'"
                + " and task_id in (?, ?)").param(offline.value()).param(draft.value()).query(Integer.class).single())
                .isEqualTo(3);

        Roster other = roster(1);
        assertThat(inTenant(other.lecturer(), () -> statistics.of(roster.cohort()))).isEmpty();
        assertThat(inTenant(roster.trainee(0), () -> statistics.of(roster.cohort()))).isEmpty();
        assertThat(inTenant(roster.lecturer(), () -> statistics.overview())).extracting(CohortStatistics::cohort)
                .containsExactly(roster.cohort());
    }

    private static TraineeStatistics row(CohortStatistics stats, TraineeId trainee) {
        return stats.trainees().stream().filter(t -> t.trainee().equals(trainee)).findFirst().orElseThrow();
    }
}
