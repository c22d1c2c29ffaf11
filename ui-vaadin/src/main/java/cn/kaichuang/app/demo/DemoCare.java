package cn.kaichuang.app.demo;

import static cn.kaichuang.app.demo.DemoSignIn.as;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.notification.NewNotification;
import cn.kaichuang.notification.Notifications;
import cn.kaichuang.selfassessment.Instrument;
import cn.kaichuang.selfassessment.SelfAssessments;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data of evaluations, the self-assessment and notifications in the first institution:
 * three trainees without a login have rated lecturer1's first session (so the lecturer sees
 * averages; trainee1's own rating is left for the demo), trainee1 has one self-assessment
 * result, and lecturer1, admin1 and trainee1 have a few notifications.
 */
@Component
class DemoCare {

    private final EntityManager entityManager;
    private final SelfAssessments assessments;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCare(EntityManager entityManager, SelfAssessments assessments, Notifications notifications,
            PlatformTransactionManager transactionManager, Optional<Clock> clock) {
        this.entityManager = entityManager;
        this.assessments = assessments;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    void seed() {
        TenantCode tenant = DemoData.first().code();
        TenantContext.run(tenant, () -> {
            transaction.executeWithoutResult(status -> evaluations());
            Caller trainee = new Caller(DemoAccounts.of(Role.TRAINEE).username(), "trainee", Role.TRAINEE,
                    tenant.value(), null);
            as(trainee, () -> {
                if (assessments.history().isEmpty()) {
                    Instrument current = assessments.current();
                    // A plausible profile: stronger motivation and skills, weaker finance and risk.
                    int[] pattern = {5, 4, 4, 3, 4, 3, 3, 4, 2, 3};
                    List<Integer> answers = new java.util.ArrayList<>();
                    for (int i = 0; i < current.items().size(); i++) {
                        int a = pattern[i % pattern.length];
                        answers.add(current.items().get(i).reverse() ? 6 - a : a);
                    }
                    assessments.submit(current.version(), answers);
                }
                return null;
            });
        });
        String code = tenant.value();
        notify(code, DemoAccounts.of(Role.LECTURER).username(), "notice", "欢迎使用开创教学辅助平台",
                "上课前 2 小时平台会提醒您；在“消息通知”中可填写邮箱，同时接收邮件提醒。", "notifications");
        notify(code, DemoAccounts.of(Role.LECTURER).username(), "evaluation", "收到新的学员评价",
                "学员已对您的课程作出评价，可在“评价统计”中查看汇总结果。", "evaluations");
        notify(code, DemoAccounts.of(Role.INSTITUTION_ADMIN).username(), "notice", "请及时提交开班申请",
                "有班期草稿尚未提交审批，请在“待办”中查看。", "todos");
        notify(code, DemoAccounts.of(Role.TRAINEE).username(), "evaluation", "请评价您的课程",
                "课程结束后请对讲师和培训机构作出评价，帮助我们改进教学。", "evaluate");
    }

    private void notify(String tenant, String username, String kind, String title, String body, String link) {
        notifications.notifyOnce(new NewNotification(tenant, username, kind, title, body, link,
                "demo:" + tenant + ":" + username + ":" + title));
    }

    /** Three ratings of the first session of lecturer1 that has started, by trainees without a login. */
    private void evaluations() {
        String lecturer = DemoAccounts.of(Role.LECTURER).username();
        List<?> sessions = entityManager.createNativeQuery("select s.id, s.cohort_id, s.lecturer_id from cohort_session s"
                        + " join lecturer l on l.id = s.lecturer_id where l.username = ?1 and s.starts_at <= ?2 order by"
                        + " s.starts_at limit 1").setParameter(1, lecturer)
                .setParameter(2, java.time.LocalDateTime.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))))
                .getResultList();
        if (sessions.isEmpty()) {
            return;
        }
        Object[] s = (Object[]) sessions.getFirst();
        int[][] scores = {{5, 5, 4, 5, 4, 4, 5}, {4, 4, 5, 4, 4, 3, 4}, {5, 4, 4, 5, 5, 4, 5}};
        String[] comments = {"案例贴近实际，很有收获", "", "互动多，希望多讲财务计划"};
        List<?> trainees = entityManager.createNativeQuery("select e.trainee_id from enrolment e join trainee t on t.id ="
                        + " e.trainee_id where e.cohort_id = ?1 and t.username is null order by e.trainee_id limit 3")
                .setParameter(1, s[1]).getResultList();
        for (int i = 0; i < trainees.size(); i++) {
            int[] v = scores[i];
            entityManager.createNativeQuery("insert into evaluation (trainee_id, cohort_id, session_id, lecturer_id,"
                            + " occasion, content_score, method_score, interaction_score, practicality_score,"
                            + " organisation_score, environment_score, service_score, comment, submitted_at) values"
                            + " (?1, ?2, ?3, ?4, 'SESSION', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) on conflict do nothing")
                    .setParameter(1, trainees.get(i)).setParameter(2, s[1]).setParameter(3, s[0])
                    .setParameter(4, s[2]).setParameter(5, v[0]).setParameter(6, v[1]).setParameter(7, v[2])
                    .setParameter(8, v[3]).setParameter(9, v[4]).setParameter(10, v[5]).setParameter(11, v[6])
                    .setParameter(12, comments[i]).setParameter(13, Timestamp.from(clock.instant())).executeUpdate();
        }
    }
}
