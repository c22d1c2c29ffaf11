package cn.kaichuang.app.ui.home;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.notification.TodoPanel;
import cn.kaichuang.notification.Todos;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Home of experts and mentors. Their work (reviews, marking, mentoring) arrives with later
 * features; until then the page says so rather than showing empty tables.
 */
@Route(value = "workbench", layout = MainLayout.class)
@RolesAllowed({Roles.EXPERT, Roles.MENTOR})
public class WorkbenchView extends VerticalLayout implements HasDynamicTitle {

    public WorkbenchView(Todos todos) {
        addClassName("kc-view");
        String role = String.valueOf(CurrentUser.require().role());
        add(new H2(getTranslation("workbench." + role + ".heading")),
                new EmptyState(VaadinIcon.CLIPBOARD_CHECK, getTranslation("workbench.empty"),
                        getTranslation("workbench." + role + ".coming")));
        // What waits for this person, from every feature (待办).
        addComponentAsFirst(new TodoPanel(todos, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workbench.title") + " | " + getTranslation("app.name");
    }
}
