package cn.kaichuang.evaluation.internal;

import cn.kaichuang.evaluation.Evaluations;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.notification.Todo;
import cn.kaichuang.notification.TodoSource;
import cn.kaichuang.tenancy.TenantContext;
import java.util.List;
import org.springframework.stereotype.Component;

/** New evaluations for the lecturer to read, and sessions waiting for the trainee's evaluation. */
@Component
class EvaluationTodos implements TodoSource {

    private final Evaluations evaluations;

    EvaluationTodos(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public List<Todo> todosFor(Caller caller) {
        if (TenantContext.current().isEmpty()) {
            return List.of();
        }
        if (caller.is(Role.LECTURER)) {
            return List.of(new Todo("evaluation.unread", evaluations.unreadOfMine(), "evaluations"));
        }
        if (caller.is(Role.TRAINEE)) {
            return List.of(new Todo("evaluation.pending", evaluations.pending().size(), "evaluate"));
        }
        return List.of();
    }
}
