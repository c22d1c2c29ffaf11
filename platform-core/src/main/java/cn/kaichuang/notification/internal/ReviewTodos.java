package cn.kaichuang.notification.internal;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.notification.Todo;
import cn.kaichuang.notification.TodoSource;
import cn.kaichuang.review.AssignmentState;
import cn.kaichuang.review.Reviews;
import java.util.List;
import org.springframework.stereotype.Component;

/** Business plans assigned to the expert and not yet scored. */
@Component
class ReviewTodos implements TodoSource {

    private final Reviews reviews;

    ReviewTodos(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public List<Todo> todosFor(Caller caller) {
        if (!caller.is(Role.EXPERT)) {
            return List.of();
        }
        int open = (int) reviews.mine().stream().filter(a -> a.state() == AssignmentState.ASSIGNED).count();
        return List.of(new Todo("review.assigned", open, "reviews"));
    }
}
