package cn.kaichuang.app.demo;

import static cn.kaichuang.app.demo.DemoSignIn.as;

import cn.kaichuang.cohort.Approvals;
import cn.kaichuang.cohort.CohortApplication;
import cn.kaichuang.cohort.CohortPlans;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.CohortWorkflow;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.NewSession;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Drives the demo cohorts through their lifecycle as the people would: admin1 fills in the
 * application and timetable and submits, changsha approves, admin1 starts and completes. Each
 * cohort moves only forward from where it stands, so an interrupted seed is completed later and a
 * complete one (or one moved on in the UI) is left alone.
 */
@Component
class DemoLifecycle {

    private final Cohorts cohorts;
    private final CohortPlans plans;
    private final CohortWorkflow workflow;
    private final Approvals approvals;

    DemoLifecycle(Cohorts cohorts, CohortPlans plans, CohortWorkflow workflow, Approvals approvals) {
        this.cohorts = cohorts;
        this.plans = plans;
        this.workflow = workflow;
        this.approvals = approvals;
    }

    /** Runs in the institution's context. */
    void drive(DemoInstitution institution) {
        Map<String, CohortView> byName = cohorts.all().stream()
                .collect(Collectors.toMap(CohortView::name, c -> c, (a, b) -> a));
        Caller admin = person(Role.INSTITUTION_ADMIN, institution);
        Caller approver = person(Role.PREFECTURE_ADMIN, institution);
        for (DemoInstitution.Cohort planned : institution.cohorts()) {
            CohortView cohort = byName.get(planned.name());
            if (cohort == null || planned.status() == CohortStatus.DRAFT) {
                continue;
            }
            CohortId id = cohort.id();
            int target = planned.status().ordinal();
            CohortStatus now = cohort.status();
            if (now == CohortStatus.DRAFT && target >= CohortStatus.SUBMITTED.ordinal()) {
                as(admin, () -> {
                    fillIn(cohort);
                    workflow.submit(id);
                    return null;
                });
                now = CohortStatus.SUBMITTED;
            }
            if (now == CohortStatus.SUBMITTED && target >= CohortStatus.APPROVED.ordinal()) {
                as(approver, () -> {
                    approvals.approve(institution.code(), id);
                    return null;
                });
                now = CohortStatus.APPROVED;
            }
            if (now == CohortStatus.APPROVED && target >= CohortStatus.RUNNING.ordinal()) {
                as(admin, () -> {
                    workflow.start(id);
                    return null;
                });
                now = CohortStatus.RUNNING;
            }
            if (now == CohortStatus.RUNNING && target >= CohortStatus.COMPLETED.ordinal()) {
                as(admin, () -> {
                    workflow.complete(id);
                    return null;
                });
            }
        }
    }

    private void fillIn(CohortView cohort) {
        CohortId id = cohort.id();
        LecturerId lead = cohort.leadLecturer();
        if (lead == null) {
            return;
        }
        if (plans.application(id).map(a -> a.teachingPlan().isBlank()).orElse(true)) {
            plans.saveApplication(id, new CohortApplication(
                    cohort.courseType().chineseName() + "：按马兰花计划标准课程大纲授课，每天 6 学时，理论讲授与小组练习结合。",
                    "多媒体教室一间（40 座）、投影仪、马兰花计划学员手册、案例材料。",
                    "考勤不低于 80%，结业时提交创业计划书并参加结业考试。", Set.of(), null));
        }
        if (plans.sessions(id).isEmpty()) {
            List<String> topics = List.of("开班仪式与创业意识", "市场评估与营销计划", "财务计划与结业答辩");
            long days = Math.min(topics.size(), cohort.endDate().toEpochDay() - cohort.startDate().toEpochDay() + 1);
            for (int day = 0; day < days; day++) {
                LocalDateTime start = cohort.startDate().plusDays(day).atTime(9, 0);
                plans.addSession(id, new NewSession(start, start.plusHours(6), topics.get(day), cohort.venue(), lead));
            }
        }
    }

    private static Caller person(Role role, DemoInstitution institution) {
        DemoAccounts.DemoAccount account = DemoAccounts.of(role);
        boolean bound = role.boundToInstitution();
        String region = bound ? null : account.regionCode();
        // An institution outside changsha's prefecture has no prefecture admin: the province decides there.
        if (role == Role.PREFECTURE_ADMIN && !institution.regionCode().equals(region)) {
            account = DemoAccounts.of(Role.PROVINCE_ADMIN);
            return new Caller(account.username(), String.valueOf(account.displayName()), Role.PROVINCE_ADMIN, null,
                    null);
        }
        return new Caller(account.username(), String.valueOf(account.displayName()), role,
                bound ? institution.code().value() : null, region);
    }
}
