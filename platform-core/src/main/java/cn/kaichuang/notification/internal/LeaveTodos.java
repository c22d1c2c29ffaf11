package cn.kaichuang.notification.internal;

import cn.kaichuang.attendance.AttendanceDesk;
import cn.kaichuang.attendance.LeaveRequest;
import cn.kaichuang.cohort.CohortPlans;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.SessionView;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.notification.Todo;
import cn.kaichuang.notification.TodoSource;
import cn.kaichuang.tenancy.TenantContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Leave requests waiting for the lecturer of the session (or the cohort's lead lecturer). */
@Component
class LeaveTodos implements TodoSource {

    private final Lecturers lecturers;
    private final Cohorts cohorts;
    private final CohortPlans plans;
    private final AttendanceDesk desk;

    LeaveTodos(Lecturers lecturers, Cohorts cohorts, CohortPlans plans, AttendanceDesk desk) {
        this.lecturers = lecturers;
        this.cohorts = cohorts;
        this.plans = plans;
        this.desk = desk;
    }

    @Override
    public List<Todo> todosFor(Caller caller) {
        if (!caller.is(Role.LECTURER) || TenantContext.current().isEmpty()) {
            return List.of();
        }
        Set<LecturerId> own = lecturers.mine().stream().map(LecturerView::id).collect(Collectors.toSet());
        if (own.isEmpty()) {
            return List.of();
        }
        int pending = 0;
        for (CohortView cohort : cohorts.all()) {
            if (cohort.status() == CohortStatus.ARCHIVED || cohort.status() == CohortStatus.COMPLETED) {
                continue;
            }
            boolean leads = cohort.leadLecturer() != null && own.contains(cohort.leadLecturer());
            for (SessionView session : plans.sessions(cohort.id())) {
                if (leads || own.contains(session.lecturer())) {
                    pending += (int) desk.leaves(session.id()).stream()
                            .filter(l -> l.status() == LeaveRequest.Status.PENDING).count();
                }
            }
        }
        return List.of(new Todo("leave.pending", pending, "attendance"));
    }
}
