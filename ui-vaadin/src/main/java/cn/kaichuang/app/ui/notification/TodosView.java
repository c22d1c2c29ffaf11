package cn.kaichuang.app.ui.notification;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.notification.Todos;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 待办: everything waiting for the signed-in person, whatever feature it comes from. */
@Route(value = "todos", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.LECTURER, Roles.EXPERT,
        Roles.MENTOR, Roles.TRAINEE})
public class TodosView extends VerticalLayout implements HasDynamicTitle {

    final TodoPanel panel;

    TodosView(Todos todos) {
        addClassName("kc-view");
        setMaxWidth("40rem");
        add(new H2(getTranslation("todo.title")));
        panel = new TodoPanel(todos, false);
        if (panel.todos.isEmpty()) {
            add(new EmptyState(VaadinIcon.CHECK_CIRCLE_O, getTranslation("todo.empty")));
        } else {
            add(panel);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("todo.title") + " | " + getTranslation("app.name");
    }
}
