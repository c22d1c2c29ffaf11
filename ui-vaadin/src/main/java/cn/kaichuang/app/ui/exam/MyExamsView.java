package cn.kaichuang.app.ui.exam;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.exam.AttemptView;
import cn.kaichuang.exam.Attempts;
import cn.kaichuang.exam.ExamException;
import cn.kaichuang.exam.MyExam;
import cn.kaichuang.exam.Sitting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 我的考试 on the trainee's phone: the sittings of their cohorts, to start, resume or look back on. */
@Route(value = "my-exams", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class MyExamsView extends VerticalLayout implements HasDynamicTitle {

    private final Attempts attempts;
    final Div cards = new Div();

    MyExamsView(Attempts attempts) {
        this.attempts = attempts;
        addClassName("kc-view");
        setMaxWidth("30rem");
        add(new H2(getTranslation("my-exams.title")), cards);
        List<MyExam> mine = attempts.mine();
        if (mine.isEmpty()) {
            add(new EmptyState(VaadinIcon.FILE_TEXT_O, getTranslation("my-exams.none")));
        }
        mine.forEach(e -> cards.add(card(e)));
    }

    private Div card(MyExam exam) {
        Sitting s = exam.sitting();
        Div card = new Div();
        card.addClassName("kc-card");
        card.addClassName("kc-exam-card");
        Span state = new Span(getTranslation("my-exams.state." + exam.state().name()));
        state.getElement().getThemeList().add("badge");
        if (exam.state() == MyExam.State.AVAILABLE || exam.state() == MyExam.State.IN_PROGRESS) {
            state.getElement().getThemeList().add("success");
        }
        card.add(new H3(s.name()), state);
        card.add(line(getTranslation("my-exams.window", Formats.dateTime(this, s.opensAt()),
                Formats.dateTime(this, s.closesAt()))));
        card.add(line(getTranslation("my-exams.rules", s.durationMinutes(), s.totalScore(), s.passMark())));
        card.add(line(getTranslation("my-exams.attempts", exam.attemptsUsed(), s.maxAttempts())));
        if (exam.best() != null) {
            card.add(line(getTranslation(exam.best().passed() ? "my-exams.best-passed" : "my-exams.best-failed",
                    ExamSittingsView.score(exam.best().score()), exam.best().totalScore())));
        }
        if (exam.state() == MyExam.State.AVAILABLE || exam.state() == MyExam.State.IN_PROGRESS) {
            Button go = new Button(getTranslation(exam.state() == MyExam.State.IN_PROGRESS ? "my-exams.resume"
                    : exam.attemptsUsed() == 0 ? "my-exams.start" : "my-exams.retake"), e -> go(exam));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.setWidthFull();
            go.setId("exam-go-" + s.id());
            card.add(go);
        }
        return card;
    }

    private void go(MyExam exam) {
        if (exam.openAttempt() != null) {
            getUI().ifPresent(ui -> ui.navigate(ExamPage.class, exam.openAttempt()));
            return;
        }
        try {
            AttemptView started = attempts.start(exam.sitting().id());
            getUI().ifPresent(ui -> ui.navigate(ExamPage.class, started.id()));
        } catch (ExamException e) {
            Notification.show(getTranslation(e.messageKey(), e.argument()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Div line(String text) {
        Div div = new Div(text);
        div.addClassName("kc-exam-line");
        return div;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-exams.title") + " | " + getTranslation("app.name");
    }
}
