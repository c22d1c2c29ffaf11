package cn.kaichuang.app.ui.notification;

import cn.kaichuang.notification.Todo;
import cn.kaichuang.notification.Todos;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * The to-dos of the signed-in person as links to where the work is done; shown on each role's
 * home and in 待办. Shows nothing on a home when nothing waits.
 */
public class TodoPanel extends Div {

    final List<Todo> todos;

    public TodoPanel(Todos source, boolean showEmpty) {
        addClassName("kc-todos");
        todos = source.mine();
        if (todos.isEmpty()) {
            setVisible(showEmpty);
            add(new Span(getTranslation("todo.empty")));
            return;
        }
        add(new H3(getTranslation("todo.heading")));
        todos.forEach(todo -> {
            Anchor link = new Anchor(todo.route(), "");
            link.add(VaadinIcon.ANGLE_RIGHT.create(), new Span(getTranslation("todo." + todo.kind(), todo.count())));
            link.addClassName("kc-todo");
            add(new Div(link));
        });
    }
}
