package cn.kaichuang.app.ui.trainee;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.notification.TodoPanel;
import cn.kaichuang.notification.Todos;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.courseware.CohortCourseware;
import cn.kaichuang.cohort.Trainees;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 我的学习: the cohorts the logged-in trainee is enrolled in, as cards that read well on a
 * phone (designed at 375 px first, DESIGN §5).
 */
@Route(value = "my-learning", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class MyLearningView extends VerticalLayout implements HasDynamicTitle {

    MyLearningView(Trainees trainees, Cohorts cohorts, Lecturers lecturers, CohortCourseware courseware,
            Optional<Clock> clock, Todos todos) {
        addClassName("kc-view");
        Caller user = CurrentUser.require();
        add(new H2(getTranslation("learning.title")));
        // What waits for the trainee (evaluations, …), from every feature (待办).
        add(new TodoPanel(todos, false));
        Optional<TraineeView> me = trainees.findByUsername(user.username());
        if (me.isEmpty()) {
            add(new EmptyState(VaadinIcon.USER, getTranslation("learning.no-record")));
            return;
        }
        add(new Div(getTranslation("learning.greeting", me.get().name())));
        List<CohortView> enrolled = cohorts.enrolledBy(me.get().id());
        if (enrolled.isEmpty()) {
            add(new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("learning.empty")));
            return;
        }
        Map<LecturerId, String> lecturerNames = lecturers.all().stream()
                .collect(Collectors.toMap(LecturerView::id, LecturerView::name));
        LocalDate today = LocalDate.now(clock.orElse(Clock.systemDefaultZone()));
        Div cards = new Div();
        cards.addClassName("kc-cards");
        enrolled.forEach(cohort -> {
            CohortCard card = new CohortCard(cohort, lecturerNames, today);
            card.add(new CoursewareList(cohort.id(), courseware));
            cards.add(card);
        });
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.title") + " | " + getTranslation("app.name");
    }
}
