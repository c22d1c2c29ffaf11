package cn.kaichuang.app.ui.teaching;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.teaching.MyTask;
import cn.kaichuang.teaching.TeachingTasks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 我的任务: the trainee's tasks in all their cohorts by due date, as cards for a phone. */
@Route(value = "my-tasks", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    final List<MyTask> tasks;

    MyTasksView(TeachingTasks teaching) {
        addClassName("kc-view");
        add(new H2(getTranslation("teaching.my-tasks.title")));
        tasks = teaching.mine();
        if (tasks.isEmpty()) {
            add(new EmptyState(VaadinIcon.TASKS, getTranslation("teaching.my-tasks.empty")));
            return;
        }
        Div cards = new Div();
        cards.addClassName("kc-cards");
        tasks.forEach(task -> cards.add(card(task)));
        add(cards);
    }

    private Card card(MyTask task) {
        Card card = new Card();
        card.addClassName("kc-task-card");
        card.setTitle(task.task().title());
        card.setSubtitle(new Span(getTranslation("teaching.kind." + task.task().kind().name())));
        card.setHeaderSuffix(Labels.badge(this, task));
        card.add(Labels.line(VaadinIcon.CALENDAR_CLOCK,
                getTranslation("teaching.due", Formats.dateTime(this, task.task().due()))));
        card.add(Labels.line(VaadinIcon.ACADEMY_CAP, task.sessionTopic() == null ? task.cohortName()
                : task.cohortName() + " · " + task.sessionTopic()));
        if (task.lecturer() != null) {
            card.add(Labels.line(VaadinIcon.USER, getTranslation("teaching.lecturer") + "：" + task.lecturer().name()));
        }
        Button open = new Button(getTranslation("teaching.my-tasks.open"), click -> card.getUI()
                .ifPresent(ui -> ui.navigate(TaskDetailView.class, task.task().id().value())));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        card.addToFooter(open);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teaching.my-tasks.title") + " | " + getTranslation("app.name");
    }
}
