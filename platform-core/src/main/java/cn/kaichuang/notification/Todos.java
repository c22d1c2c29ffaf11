package cn.kaichuang.notification;

import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The 待办 list: everything every {@link TodoSource} has waiting for the signed-in person. */
@Service
public class Todos {

    private static final Logger log = LoggerFactory.getLogger(Todos.class);

    private final List<TodoSource> sources;
    private final AccessPolicy policy;

    Todos(List<TodoSource> sources, AccessPolicy policy) {
        this.sources = sources;
        this.policy = policy;
    }

    /** A source that fails is left out (and logged), so one feature's fault hides only its own items. */
    public List<Todo> mine() {
        Caller caller = policy.caller();
        List<Todo> todos = new ArrayList<>();
        for (TodoSource source : sources) {
            try {
                source.todosFor(caller).stream().filter(t -> t.count() > 0).forEach(todos::add);
            } catch (RuntimeException e) {
                log.warn("To-do source {} failed: {}", source.getClass().getSimpleName(), e.toString());
            }
        }
        return todos;
    }
}
