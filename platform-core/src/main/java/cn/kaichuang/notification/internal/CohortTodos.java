package cn.kaichuang.notification.internal;

import cn.kaichuang.cohort.Approvals;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.notification.Todo;
import cn.kaichuang.notification.TodoSource;
import cn.kaichuang.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The cohort workflow's waiting work: drafts and returned applications to (re)submit for the
 * institution admin, applications to decide for the province and prefectures.
 */
@Component
class CohortTodos implements TodoSource {

    private final Cohorts cohorts;
    private final Approvals approvals;

    CohortTodos(Cohorts cohorts, Approvals approvals) {
        this.cohorts = cohorts;
        this.approvals = approvals;
    }

    @Override
    public List<Todo> todosFor(Caller caller) {
        List<Todo> todos = new ArrayList<>();
        if (caller.is(Role.INSTITUTION_ADMIN) && TenantContext.current().isPresent()) {
            var all = cohorts.all();
            todos.add(new Todo("cohort.drafts", (int) all.stream().filter(c -> c.status() == CohortStatus.DRAFT)
                    .count(), "cohorts"));
            todos.add(new Todo("cohort.returned", (int) all.stream().filter(c -> c.status() == CohortStatus.RETURNED)
                    .count(), "cohorts"));
        }
        if (caller.is(Role.PROVINCE_ADMIN) || caller.is(Role.PREFECTURE_ADMIN)) {
            todos.add(new Todo("cohort.approvals", approvals.waiting().size(), "approvals"));
        }
        return todos;
    }
}
