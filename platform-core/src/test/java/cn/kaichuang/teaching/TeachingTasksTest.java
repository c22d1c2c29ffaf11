package cn.kaichuang.teaching;

import static cn.kaichuang.testsupport.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.cohort.CohortPlans;
import cn.kaichuang.cohort.Ids.SessionId;
import cn.kaichuang.cohort.NewSession;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.notification.Reminders;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tasks, completions and returns against real PostgreSQL and the S3 server. */
class TeachingTasksTest extends TeachingTestBase {

    @Autowired
    TeachingTasks tasks;
    @Autowired
    TeachingResources resources;
    @Autowired
    CohortPlans plans;
    @Autowired
    Reminders reminders;

    @Test
    void aTraineeCompletesWithEvidenceTheLecturerReturnsItAndTheTraineeCompletesAgain() {
        Roster roster = roster(2);
        Caller trainee = roster.trainee(0);
        Instant due = clock.instant().plus(Duration.ofDays(2));
        TaskId draft = inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), null,
                TaskKind.HAND_IN_DRAFT, "  提交市场调查初稿  ", "不少于 500 字", null, due)));
        assertThat(actions(1)).containsExactly("teaching.task-published");

        MyTask mine = inTenant(trainee, () -> tasks.mine()).getFirst();
        assertThat(mine.task().title()).isEqualTo("提交市场调查初稿");
        assertThat(mine.status()).isEqualTo(CompletionStatus.OPEN);
        assertThat(mine.lecturer()).as("the lecturer's profile").isNotNull();
        assertThat(mine.lecturer().name()).startsWith("讲师");
        assertThat(mine.lecturer().qualificationNo()).startsWith("TL-");
        assertThat(mine.overdue()).isFalse();

        assertThatThrownBy(() -> inTenant(trainee, () -> tasks.complete(draft, "  ", null, null)))
                .hasMessage("teaching.error.evidence-required");
        assertThatThrownBy(() -> inTenant(trainee, () -> tasks.complete(draft, "", "draft.txt",
                new ByteArrayInputStream("plain text".getBytes(StandardCharsets.UTF_8)))))
                .hasMessage("teaching.error.evidence-type");
        assertThat(inTenant(trainee, () -> tasks.mine(draft)).status()).as("refusals change nothing")
                .isEqualTo(CompletionStatus.OPEN);

        byte[] file = pdf(1);
        Completion first = inTenant(trainee, () -> tasks.complete(draft, "初稿见附件", "初稿.pdf",
                new ByteArrayInputStream(file)));
        assertThat(first.status()).isEqualTo(CompletionStatus.COMPLETED);
        assertThat(first.file()).isNotNull();
        assertThat(first.file().contentType()).isEqualTo("application/pdf");
        assertThat(first.file().size()).isEqualTo(file.length);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.late()).isFalse();
        assertThatThrownBy(() -> inTenant(trainee, () -> tasks.complete(draft, "再交一次", null, null)))
                .as("again only after a return").hasMessage("teaching.error.already-completed");

        CompletionMatrix matrix = inTenant(roster.lecturer(), () -> tasks.matrix(roster.cohort()));
        assertThat(matrix.tasks()).extracting(TaskView::id).containsExactly(draft);
        assertThat(matrix.rows()).hasSize(2);
        assertThat(matrix.rows().stream().filter(r -> r.trainee().equals(roster.traineeIds().get(0))).findFirst()
                .orElseThrow().cell(draft)).isEqualTo(CompletionStatus.COMPLETED);
        assertThat(matrix.rows().stream().filter(r -> r.trainee().equals(roster.traineeIds().get(1))).findFirst()
                .orElseThrow().cell(draft)).isEqualTo(CompletionStatus.OPEN);
        assertThat(inTenant(roster.lecturer(), () -> tasks.evidence(draft, roster.traineeIds().get(0))).toString())
                .contains("X-Amz-Signature");
        assertThatThrownBy(() -> inTenant(roster.trainee(1), () -> tasks.evidence(draft, roster.traineeIds().get(0))))
                .as("a classmate's evidence").hasMessage("teaching.error.task-not-found");

        assertThatThrownBy(() -> inTenant(roster.lecturer(), () -> tasks.returnTask(draft, roster.traineeIds().get(1),
                "请补充"))).as("nothing to return").hasMessage("teaching.error.not-completed");
        assertThatThrownBy(() -> inTenant(roster.lecturer(), () -> tasks.returnTask(draft, roster.traineeIds().get(0),
                " "))).hasMessage("teaching.error.required");
        inTenant(roster.lecturer(), () -> tasks.returnTask(draft, roster.traineeIds().get(0), "请补充竞争对手分析"));
        MyTask returned = inTenant(trainee, () -> tasks.mine(draft));
        assertThat(returned.status()).isEqualTo(CompletionStatus.RETURNED);
        assertThat(returned.completion().returnComment()).isEqualTo("请补充竞争对手分析");

        clock.advance(Duration.ofDays(3));
        Completion again = inTenant(trainee, () -> tasks.complete(draft, "已补充竞争对手分析", null, null));
        assertThat(again.status()).isEqualTo(CompletionStatus.COMPLETED);
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(again.file()).as("the new attempt replaces the evidence").isNull();
        assertThat(again.late()).as("completed after the due date").isTrue();
        assertThat(inTenant(roster.trainee(1), () -> tasks.mine(draft)).overdue()).isTrue();
        assertThat(inTenant(roster.lecturer(), () -> tasks.completion(draft, roster.traineeIds().get(0)))
                .orElseThrow().text()).isEqualTo("已补充竞争对手分析");
    }

    @Test
    void traineesWhoHaveNotCompletedATaskAreRemindedOnceBeforeItIsDue() {
        Roster roster = roster(2);
        TaskId task = inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), null,
                TaskKind.OFFLINE, "走访三家同类店铺", "记录价格与客流", null, clock.instant().plus(Duration.ofHours(6)))));
        inTenant(roster.trainee(0), () -> tasks.complete(task, "已走访", null, null));

        as(Caller.SYSTEM, reminders::sendDue);
        as(Caller.SYSTEM, reminders::sendDue);

        assertThat(dueReminders(roster.traineeUsernames().get(1))).as("once, for the one who has not done it")
                .containsExactly("my-task/" + task.value());
        assertThat(dueReminders(roster.traineeUsernames().get(0))).isEmpty();
    }

    private List<String> dueReminders(String username) {
        return jdbc.sql("select link from platform.notification where kind = 'due-date' and recipient = ?")
                .param(username).query(String.class).list();
    }

    @Test
    void aTaskForOneSessionShowsItsTopic() {
        Roster roster = roster(1);
        Roster other = roster(1);
        SessionId session = inTenant(admin(), () -> plans.addSession(roster.cohort(), new NewSession(
                LocalDateTime.of(2026, 11, 24, 9, 0), LocalDateTime.of(2026, 11, 24, 12, 0), "市场评估",
                new Venue("长沙市岳麓区麓山南路 2 号", 28.18, 112.94),
                lecturers.all().stream().filter(l -> roster.lecturerUsername().equals(l.username())).findFirst()
                        .orElseThrow().id())));
        SessionId foreign = inTenant(admin(), () -> plans.addSession(other.cohort(), new NewSession(
                LocalDateTime.of(2026, 11, 25, 9, 0), LocalDateTime.of(2026, 11, 25, 12, 0), "财务",
                new Venue("长沙市岳麓区麓山南路 2 号", 28.18, 112.94),
                lecturers.all().stream().filter(l -> other.lecturerUsername().equals(l.username())).findFirst()
                        .orElseThrow().id())));
        Instant due = clock.instant().plus(Duration.ofDays(1));
        assertThatThrownBy(() -> inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), foreign,
                TaskKind.OFFLINE, "调研", "", null, due)))).hasMessage("teaching.error.session-not-found");
        TaskId task = inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), session,
                TaskKind.OFFLINE, "走访三家同类店铺", "记录客流", null, due)));
        MyTask mine = inTenant(roster.trainee(0), () -> tasks.mine(task));
        assertThat(mine.sessionTopic()).isEqualTo("市场评估");
        assertThat(mine.task().session()).isEqualTo(session);
        assertThat(mine.cohortName()).startsWith("教学第");
    }

    @Test
    void refusalsAreLocalizedChangeNothingAndAreAuditedWhereAccessIsRefused() {
        Roster roster = roster(1);
        Roster elsewhere = roster(1);
        Instant due = clock.instant().plus(Duration.ofDays(1));
        NewTask offline = new NewTask(roster.cohort(), null, TaskKind.OFFLINE, "参加沙龙", "", null, due);

        assertThatThrownBy(() -> inTenant(elsewhere.lecturer(), () -> tasks.publish(offline)))
                .as("another lecturer's cohort").hasMessage("teaching.error.cohort-not-found");
        assertThat(platformAudit(1)).containsExactly("access.refused cohort teaching/" + roster.cohort().value());
        assertThatThrownBy(() -> inTenant(roster.trainee(0), () -> tasks.publish(offline)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(platformAudit(1)).containsExactly("access.refused teaching.task-publish teaching/-");
        assertThatThrownBy(() -> inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), null,
                TaskKind.OFFLINE, "过期", "", null, clock.instant().minusSeconds(1)))))
                .hasMessage("teaching.error.due-past");
        assertThatThrownBy(() -> inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), null,
                TaskKind.STUDY_RESOURCE, "学习", "", null, due)))).hasMessage("teaching.error.task-resource");
        ResourceView pdf = inTenant(roster.lecturer(), () -> resources.upload(roster.cohort(), "讲义", "a.pdf",
                new ByteArrayInputStream(pdf(1))));
        assertThatThrownBy(() -> inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), null,
                TaskKind.WATCH_VIDEO, "看", "", pdf.id(), due)))).hasMessage("teaching.error.task-video");
        assertThatThrownBy(() -> inTenant(elsewhere.lecturer(), () -> tasks.publish(new NewTask(elsewhere.cohort(),
                null, TaskKind.STUDY_RESOURCE, "借用别班资源", "", pdf.id(), due))))
                .hasMessage("teaching.error.task-resource");
        assertThat(inTenant(roster.lecturer(), () -> tasks.of(roster.cohort()))).as("nothing published").isEmpty();

        TaskId task = inTenant(roster.lecturer(), () -> tasks.publish(offline));
        TaskId study = inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), null,
                TaskKind.STUDY_RESOURCE, "学习讲义", "", pdf.id(), due)));
        assertThatThrownBy(() -> inTenant(elsewhere.trainee(0), () -> tasks.complete(task, "去了", null, null)))
                .as("a trainee not enrolled: not found").hasMessage("teaching.error.task-not-found");
        assertThat(platformAudit(1)).containsExactly("access.refused cohort teaching/" + roster.cohort().value());
        assertThat(inTenant(elsewhere.trainee(0), () -> tasks.mine())).isEmpty();
        assertThatThrownBy(() -> inTenant(roster.trainee(0), () -> tasks.complete(study, "读完了", null, null)))
                .hasMessage("teaching.error.completes-itself");
        assertThat(inTenant(elsewhere.lecturer(), () -> tasks.matrix(roster.cohort()))).isEqualTo(CompletionMatrix.EMPTY);
        assertThat(platformAudit(1)).containsExactly("access.refused cohort teaching/" + roster.cohort().value());
        assertThat(inTenant(roster.trainee(0), () -> tasks.matrix(roster.cohort()))).isEqualTo(CompletionMatrix.EMPTY);
        assertThatThrownBy(() -> inTenant(roster.trainee(0), () -> tasks.complete(task,
                "很长".repeat(1001), null, null))).hasMessage("teaching.error.too-long");

        inTenant(roster.trainee(0), () -> tasks.complete(task, "参加了", null, null));
        inTenant(roster.trainee(0), () -> resources.page(pdf.id(), 1, 300));
        assertThat(inTenant(roster.trainee(0), () -> tasks.mine(study)).status()).isEqualTo(CompletionStatus.COMPLETED);
        assertThatThrownBy(() -> inTenant(roster.lecturer(), () -> tasks.returnTask(study, roster.traineeIds().get(0),
                "重看"))).hasMessage("teaching.error.automatic-return");
        assertThatThrownBy(() -> inTenant(elsewhere.lecturer(), () -> tasks.returnTask(task,
                roster.traineeIds().get(0), "不行"))).hasMessage("teaching.error.cohort-not-found");
        assertThat(inTenant(roster.trainee(0), () -> tasks.mine(task)).status()).isEqualTo(CompletionStatus.COMPLETED);
    }
}
