package cn.kaichuang.cohort;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static cn.kaichuang.testsupport.SignedIn.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.SessionId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.PendingApplication.State;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.identity.NewAccount;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cohort lifecycle against a real PostgreSQL: every legal step and the illegal ones, the
 * region rule of the approval, the queue across institutions and the history.
 */
@PlatformTest
class CohortWorkflowTest {

    private static final Venue VENUE = new Venue("郴州市北湖区国庆北路 8 号", 25.7927, 113.0146);
    private static final String CHENZHOU = "431000";
    private static final String YONGZHOU = "431100";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Cohorts cohorts;
    private final CohortPlans plans;
    private final CohortWorkflow workflow;
    private final Approvals approvals;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TenantDirectory directory;
    private final TenantCode chenzhou;
    private final TenantCode yongzhou;

    private final Caller prefecture = caller("lc-chenzhou", Role.PREFECTURE_ADMIN, null, CHENZHOU);
    private final Caller otherPrefecture = caller("lc-hengyang", Role.PREFECTURE_ADMIN, null, "430400");
    private final Caller province = caller("lc-province", Role.PROVINCE_ADMIN, null, null);

    @Autowired
    CohortWorkflowTest(Cohorts cohorts, CohortPlans plans, CohortWorkflow workflow, Approvals approvals,
            Trainees trainees, Lecturers lecturers, AuditTrail audit, JdbcClient jdbc, TenantProvisioning provisioning,
            TenantDirectory directory, LocalAccounts accounts) {
        this.cohorts = cohorts;
        this.plans = plans;
        this.workflow = workflow;
        this.approvals = approvals;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.audit = audit;
        this.jdbc = jdbc;
        this.directory = directory;
        this.chenzhou = ensure(provisioning, directory, "lc-chenzhou", CHENZHOU);
        this.yongzhou = ensure(provisioning, directory, "lc-yongzhou", YONGZHOU);
        // Chenzhou has a prefecture admin account, Yongzhou none: there the province decides.
        if (accounts.findByUsername("lc-chenzhou").isEmpty()) {
            accounts.create(new NewAccount("lc-chenzhou", "郴州市人社局", "Kaichuang@2026", Role.PREFECTURE_ADMIN, null,
                    CHENZHOU));
        }
    }

    @Test
    void theWholeLifecycleWithAReturnAndItsHistory() {
        Caller admin = admin(chenzhou);
        CohortId id = complete(chenzhou);

        assertRefused(() -> TenantContext.run(chenzhou, () -> run(admin, () -> workflow.start(id))),
                "cohort.error.illegal-transition", "cohort.status.DRAFT", "cohort.action.start");
        TenantContext.run(chenzhou, () -> run(admin, () -> workflow.submit(id)));
        assertThat(status(chenzhou, id)).isEqualTo(CohortStatus.SUBMITTED);
        assertRefused(() -> TenantContext.run(chenzhou, () -> run(admin, () -> workflow.complete(id))),
                "cohort.error.illegal-transition", "cohort.status.SUBMITTED", "cohort.action.complete");
        assertRefused(() -> TenantContext.run(chenzhou, () -> run(admin, () -> plans.saveApplication(id,
                CohortApplication.EMPTY))), "cohort.error.not-editable", "cohort.status.SUBMITTED");
        assertRefused(() -> TenantContext.run(chenzhou, () -> run(admin, () -> workflow.submit(id))),
                "cohort.error.illegal-transition", "cohort.status.SUBMITTED", "cohort.action.submit");

        // In the prefecture's queue, not in the province's nor another prefecture's.
        assertThat(as(prefecture, approvals::waiting)).anySatisfy(a -> {
            assertThat(a.tenant()).isEqualTo(chenzhou);
            assertThat(a.cohort()).isEqualTo(id);
            assertThat(a.submittedBy()).isEqualTo(admin.username());
        });
        assertThat(as(province, approvals::waiting)).noneMatch(a -> a.tenant().equals(chenzhou));
        assertThat(as(otherPrefecture, approvals::waiting)).noneMatch(a -> a.tenant().equals(chenzhou));
        assertThat(as(otherPrefecture, () -> approvals.find(chenzhou, id))).isEmpty();
        assertThatThrownBy(() -> run(province, () -> approvals.approve(chenzhou, id)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> run(admin, () -> approvals.approve(chenzhou, id)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(as(prefecture, () -> approvals.find(chenzhou, id))).hasValueSatisfying(detail -> {
            assertThat(detail.application().teachingPlan()).contains("商业计划书");
            assertThat(detail.sessions()).hasSize(1);
            assertThat(detail.cohort().enrolled()).isEqualTo(1);
        });

        // A return needs a reason; without one nothing changes.
        assertRefused(() -> run(prefecture, () -> approvals.returnWithReason(chenzhou, id, "  ")), "cohort.error.reason",
                "500");
        assertThat(status(chenzhou, id)).isEqualTo(CohortStatus.SUBMITTED);
        run(prefecture, () -> approvals.returnWithReason(chenzhou, id, "课时安排不足 30 学时"));
        assertThat(status(chenzhou, id)).isEqualTo(CohortStatus.RETURNED);
        assertThat(queueState(chenzhou, id)).isEqualTo(State.RETURNED);
        assertRefused(() -> run(prefecture, () -> approvals.approve(chenzhou, id)), "cohort.error.already-decided",
                "cohort.application.RETURNED");

        // Returned: editable again, submitted again, approved, run, completed and archived.
        TenantContext.run(chenzhou, () -> run(admin, () -> {
            plans.addSession(id, session(id, 2));
            workflow.submit(id);
        }));
        assertThat(queueState(chenzhou, id)).isEqualTo(State.SUBMITTED);
        run(prefecture, () -> approvals.approve(chenzhou, id));
        assertThat(queueState(chenzhou, id)).isEqualTo(State.APPROVED);
        assertThat(as(prefecture, approvals::waiting)).noneMatch(a -> a.tenant().equals(chenzhou)
                && a.cohort().equals(id));
        Caller lecturer = caller("lc-lecturer", Role.LECTURER, chenzhou.value(), null);
        assertThatThrownBy(() -> TenantContext.run(chenzhou, () -> run(lecturer, () -> workflow.start(id))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(status(chenzhou, id)).isEqualTo(CohortStatus.APPROVED);
        assertRefused(() -> TenantContext.run(chenzhou, () -> run(admin, () -> workflow.archive(id))),
                "cohort.error.illegal-transition", "cohort.status.APPROVED", "cohort.action.archive");
        TenantContext.run(chenzhou, () -> run(admin, () -> {
            workflow.start(id);
            workflow.complete(id);
            workflow.archive(id);
        }));
        assertThat(status(chenzhou, id)).isEqualTo(CohortStatus.ARCHIVED);

        List<TransitionView> history = TenantContext.call(chenzhou, () -> as(admin, () -> workflow.history(id)));
        assertThat(history).extracting(TransitionView::to).containsExactly(CohortStatus.SUBMITTED,
                CohortStatus.RETURNED, CohortStatus.SUBMITTED, CohortStatus.APPROVED, CohortStatus.RUNNING,
                CohortStatus.COMPLETED, CohortStatus.ARCHIVED);
        assertThat(history).extracting(TransitionView::from).startsWith(CohortStatus.DRAFT, CohortStatus.SUBMITTED,
                CohortStatus.RETURNED);
        assertThat(history.get(1).actor()).isEqualTo("lc-chenzhou");
        assertThat(history.get(1).reason()).isEqualTo("课时安排不足 30 学时");
        assertThat(history.get(4).actor()).isEqualTo(admin.username());
        List<String> actions = audit.recent(chenzhou, "cohort.", 50).stream()
                .filter(e -> e.subjectId().equals(String.valueOf(id.value()))).map(AuditEntry::action).toList();
        assertThat(actions).contains("cohort.submitted", "cohort.returned", "cohort.approved", "cohort.running",
                "cohort.completed", "cohort.archived");
        assertThat(audit.recent(null, "cohort-application.", 20)).extracting(AuditEntry::subjectId)
                .contains(chenzhou.value() + "/" + id.value());
    }

    @Test
    void submittingAnIncompleteApplicationNamesWhatIsMissingAndChangesNothing() {
        Caller admin = admin(chenzhou);
        CohortId bare = TenantContext.call(chenzhou, () -> as(admin, () -> cohorts.create(new NewCohort(
                "空白班期 " + SEQUENCE.incrementAndGet(), CourseType.GYB, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 3), VENUE, 30, null))));
        assertRefused(() -> TenantContext.run(chenzhou, () -> run(admin, () -> workflow.submit(bare))),
                "cohort.error.incomplete",
                "cohort.missing.roster,cohort.missing.plan,cohort.missing.sessions,cohort.missing.lecturer");
        assertThat(status(chenzhou, bare)).isEqualTo(CohortStatus.DRAFT);
        assertThat(TenantContext.call(chenzhou, () -> as(admin, () -> workflow.history(bare)))).isEmpty();
        assertThat(queueRows(chenzhou, bare)).isZero();
        assertThat(TenantContext.call(chenzhou, () -> as(admin, () -> workflow.missingForSubmission(bare))))
                .hasSize(4);
    }

    @Test
    void whereNoPrefectureAdminExistsTheProvinceDecides() {
        CohortId id = complete(yongzhou);
        TenantContext.run(yongzhou, () -> run(admin(yongzhou), () -> workflow.submit(id)));

        assertThat(as(province, approvals::waiting)).anyMatch(a -> a.tenant().equals(yongzhou) && a.cohort().equals(id));
        assertThat(as(prefecture, approvals::waiting)).noneMatch(a -> a.tenant().equals(yongzhou));
        assertThatThrownBy(() -> run(prefecture, () -> approvals.approve(yongzhou, id)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(status(yongzhou, id)).isEqualTo(CohortStatus.SUBMITTED);
        run(province, () -> approvals.approve(yongzhou, id));
        assertThat(status(yongzhou, id)).isEqualTo(CohortStatus.APPROVED);
        assertThat(queueState(yongzhou, id)).isEqualTo(State.APPROVED);
    }

    @Test
    void aQueueEntryWhoseCohortNeverLeftTheDraftIsClosedInsteadOfDecided() {
        CohortId id = complete(chenzhou);
        TenantContext.run(chenzhou, () -> run(admin(chenzhou), () -> workflow.submit(id)));
        // As if the institution's commit had failed after the queue row was written.
        jdbc.sql("update " + directory.require(chenzhou).schema() + ".cohort set status = 'DRAFT' where id = ?")
                .param(id.value()).update();

        assertRefused(() -> run(prefecture, () -> approvals.approve(chenzhou, id)), "cohort.error.already-decided",
                "cohort.status.DRAFT");
        assertThat(queueState(chenzhou, id)).isEqualTo(State.WITHDRAWN);
        assertThat(status(chenzhou, id)).isEqualTo(CohortStatus.DRAFT);
        TenantContext.run(chenzhou, () -> run(admin(chenzhou), () -> workflow.submit(id)));
        assertThat(queueState(chenzhou, id)).isEqualTo(State.SUBMITTED);
    }

    @Test
    void aDecisionWhoseQueueUpdateWasLostIsNotTakenTwice() {
        CohortId id = complete(chenzhou);
        TenantContext.run(chenzhou, () -> run(admin(chenzhou), () -> workflow.submit(id)));
        run(prefecture, () -> approvals.approve(chenzhou, id));
        // As if the queue update had failed after the institution's commit.
        jdbc.sql("update platform.cohort_application set state = 'SUBMITTED', decided_by = null, decided_at = null"
                + " where tenant_code = ? and cohort_id = ?").params(chenzhou.value(), id.value()).update();

        assertRefused(() -> run(prefecture, () -> approvals.returnWithReason(chenzhou, id, "再看一下")),
                "cohort.error.already-decided", "cohort.status.APPROVED");
        assertThat(queueState(chenzhou, id)).isEqualTo(State.APPROVED);
        assertThat(status(chenzhou, id)).isEqualTo(CohortStatus.APPROVED);
        assertThat(TenantContext.call(chenzhou, () -> as(admin(chenzhou), () -> workflow.history(id))))
                .extracting(TransitionView::to).containsExactly(CohortStatus.SUBMITTED, CohortStatus.APPROVED);
    }

    @Test
    void anotherInstitutionsCohortIsNotFoundAndTheAttemptAudited() {
        CohortId theirs = complete(yongzhou);
        Caller admin = admin(chenzhou);
        long before = refusals();
        assertThat(TenantContext.call(yongzhou, () -> as(admin, () -> plans.application(theirs)))).isEmpty();
        assertThat(TenantContext.call(yongzhou, () -> as(admin, () -> plans.sessions(theirs)))).isEmpty();
        assertThat(TenantContext.call(yongzhou, () -> as(admin, () -> workflow.history(theirs)))).isEmpty();
        assertThat(refusals()).isGreaterThanOrEqualTo(before + 3);
        assertThatThrownBy(() -> TenantContext.run(yongzhou, () -> run(admin, () -> workflow.submit(theirs))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(status(yongzhou, theirs)).isEqualTo(CohortStatus.DRAFT);
        // An id unknown in one's own institution is not found either.
        assertThat(TenantContext.call(chenzhou, () -> as(admin, () -> plans.application(new CohortId(999_999)))))
                .isEmpty();
    }

    @Test
    void sessionsAreValidatedEditedAndRemovedWhileTheCohortIsADraft() {
        Caller admin = admin(chenzhou);
        CohortId id = complete(chenzhou);
        LocalDateTime at = LocalDateTime.of(2027, 1, 5, 9, 0);
        assertRefused(() -> new NewSession(at, at, "开班", VENUE, new LecturerId(1)), "cohort.error.session-times");
        assertRefused(() -> new NewSession(at, at.plusHours(1), " ", VENUE, new LecturerId(1)),
                "cohort.error.session-topic");
        TenantContext.run(chenzhou, () -> run(admin, () -> {
            assertRefused(() -> plans.addSession(id, new NewSession(at, at.plusHours(2), "开班", VENUE,
                    new LecturerId(999_999))), "cohort.error.unknown-lecturer", "999999");
            SessionId added = plans.addSession(id, session(id, 3));
            SessionView first = plans.sessions(id).getFirst();
            plans.updateSession(id, added, new NewSession(at.plusDays(1), at.plusDays(1).plusHours(3), "市场调研",
                    new Venue("郴州市苏仙区", 25.8, 113.05), first.lecturer()));
            assertThat(plans.sessions(id)).hasSize(2).anySatisfy(s -> {
                assertThat(s.topic()).isEqualTo("市场调研");
                assertThat(s.venue().latitude()).isEqualTo(25.8);
            });
            plans.removeSession(id, added);
            assertThat(plans.sessions(id)).hasSize(1);
        }));
    }

    @Test
    void theClassSizeLimitHoldsOnCreate() {
        Caller admin = admin(chenzhou);
        long before = TenantContext.call(chenzhou, () -> as(admin, () -> cohorts.all().size()));
        assertRefused(() -> TenantContext.run(chenzhou, () -> run(admin, () -> cohorts.create(new NewCohort(
                "超员班期", CourseType.SYB, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 9), VENUE, 31, null)))),
                "cohort.error.capacity-over-limit", CourseType.SYB.chineseName(), "30");
        assertThat(TenantContext.call(chenzhou, () -> as(admin, () -> cohorts.all().size()))).isEqualTo(before);
        assertThat(new CohortProperties(java.util.Map.of(CourseType.GYB, 40)).classSizeLimit(CourseType.GYB))
                .isEqualTo(40);
        assertThat(new CohortProperties(null).classSizeLimit(CourseType.IYB)).isEqualTo(30);
        assertThatThrownBy(() -> new CohortProperties(java.util.Map.of(CourseType.GYB, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A draft cohort with everything an application needs: lead lecturer, one trainee, plan, one session. */
    private CohortId complete(TenantCode tenant) {
        int n = SEQUENCE.incrementAndGet();
        return TenantContext.call(tenant, () -> as(admin(tenant), () -> {
            LecturerId lead = lecturers.register(new NewLecturer("李讲师" + n, null, "SYB-LC-" + n,
                    Set.of(CourseType.SYB), null));
            CohortId id = cohorts.create(new NewCohort("SYB 第" + n + "期", CourseType.SYB, LocalDate.of(2027, 1, 5),
                    LocalDate.of(2027, 1, 14), VENUE, 30, lead));
            String first17 = "43100219900101" + String.format("%03d", n);
            TraineeId trainee = trainees.register(new NewTrainee("学员" + n,
                    IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, null));
            cohorts.enrol(id, trainee);
            plans.saveApplication(id, new CohortApplication("第一天：创业意识；第二天：商业计划书", "教室一间、投影仪",
                    "结业考试与商业计划书评审", Set.of(), null));
            plans.addSession(id, session(id, 1));
            return id;
        }));
    }

    private NewSession session(CohortId id, int day) {
        LocalDateTime start = LocalDateTime.of(2027, 1, 4 + day, 9, 0);
        LecturerId lead = cohorts.find(id).orElseThrow().leadLecturer();
        return new NewSession(start, start.plusHours(3), "第 " + day + " 讲", VENUE, lead);
    }

    private static Caller admin(TenantCode tenant) {
        return caller("lc-admin-" + tenant.value(), Role.INSTITUTION_ADMIN, tenant.value(), null);
    }

    private CohortStatus status(TenantCode tenant, CohortId id) {
        return TenantContext.call(tenant, () -> cohorts.find(id).orElseThrow().status());
    }

    private State queueState(TenantCode tenant, CohortId id) {
        return State.valueOf(jdbc.sql("select state from platform.cohort_application where tenant_code = ? and cohort_id = ?")
                .params(tenant.value(), id.value()).query(String.class).single());
    }

    private long queueRows(TenantCode tenant, CohortId id) {
        return jdbc.sql("select count(*) from platform.cohort_application where tenant_code = ? and cohort_id = ?")
                .params(tenant.value(), id.value()).query(Long.class).single();
    }

    private long refusals() {
        return jdbc.sql("select count(*) from platform.audit_entry where action = 'access.refused'")
                .query(Long.class).single();
    }

    private static void assertRefused(Runnable work, String key, String... arguments) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(LifecycleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }

    private static TenantCode ensure(TenantProvisioning provisioning, TenantDirectory directory, String code,
            String region) {
        TenantCode tenant = TenantCode.of(code);
        if (directory.find(tenant).isEmpty()) {
            provisioning.create(tenant, "生命周期测试 " + code, region);
        }
        return tenant;
    }
}
