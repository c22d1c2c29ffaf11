package cn.kaichuang.app.ui.attendance;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.attendance.AttendanceDesk;
import cn.kaichuang.attendance.CheckInRefusedException;
import cn.kaichuang.attendance.RollCallPrompt;
import cn.kaichuang.attendance.RollCalls;
import cn.kaichuang.cohort.CohortPlans;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.SessionView;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 我的考勤 on the trainee's phone: a roll-call to answer (the page asks the server every 10 s,
 * the answer is due within 2 minutes) and leave requests for the coming sessions.
 */
@Route(value = "my-attendance", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class MyAttendanceView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 10_000;

    private final RollCalls rollCalls;
    private final AttendanceDesk desk;
    private final Div prompts = new Div();
    private final Clock clock;
    private @Nullable Registration poll;

    MyAttendanceView(RollCalls rollCalls, AttendanceDesk desk, Trainees trainees, Cohorts cohorts, CohortPlans plans,
            Optional<Clock> clock) {
        this.rollCalls = rollCalls;
        this.desk = desk;
        this.clock = clock.orElse(Clock.systemUTC());
        addClassName("kc-view");
        setMaxWidth("30rem");
        add(new H2(getTranslation("checkin.my.title")), prompts);
        Optional<TraineeView> me = trainees.findByUsername(CurrentUser.require().username());
        if (me.isEmpty()) {
            add(new EmptyState(VaadinIcon.USER, getTranslation("learning.no-record")));
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), Formats.CHINA);
        List<SessionView> coming = cohorts.enrolledBy(me.get().id()).stream()
                .flatMap(c -> plans.sessions(c.id()).stream()).filter(s -> s.endsAt().isAfter(now))
                .sorted(Comparator.comparing(SessionView::startsAt)).toList();
        add(new H3(getTranslation("checkin.my.sessions")));
        if (coming.isEmpty()) {
            add(new EmptyState(VaadinIcon.CALENDAR, getTranslation("checkin.my.no-sessions")));
        }
        coming.forEach(s -> {
            Div card = new Div();
            card.addClassName("kc-card");
            card.add(new Div(s.startsAt().format(DateTimeFormatter.ofPattern("M月d日 HH:mm")) + " " + s.topic()),
                    new Div(s.venue().address()));
            Button leave = new Button(getTranslation("checkin.my.leave"), click -> leaveDialog(s));
            leave.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(leave);
            add(card);
        });
        refresh();
    }

    private void leaveDialog(SessionView session) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("checkin.my.leave.title", session.topic()));
        TextArea reason = new TextArea(getTranslation("checkin.leave.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button send = new Button(getTranslation("checkin.my.leave.send"), click -> {
            try {
                desk.requestLeave(session.id(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("checkin.my.leave.sent"));
            } catch (CheckInRefusedException e) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(e.messageKey(), e.arguments().toArray()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), send);
        dialog.setWidth("min(30rem, 95vw)");
        dialog.open();
    }

    /** Shows the roll-calls still to answer. */
    void refresh() {
        prompts.removeAll();
        for (RollCallPrompt prompt : rollCalls.pending()) {
            Div card = new Div();
            card.addClassName("kc-card");
            card.addClassName("kc-roll-call");
            card.add(new Div(getTranslation("checkin.my.roll-call", prompt.topic(),
                    DateTimeFormatter.ofPattern("HH:mm:ss").format(prompt.deadline().atZone(Formats.CHINA)))));
            Button here = new Button(getTranslation("checkin.my.here"), click -> {
                try {
                    rollCalls.answer(prompt.id());
                    Notification.show(getTranslation("checkin.my.answered"));
                } catch (CheckInRefusedException e) {
                    Notification.show(getTranslation(e.messageKey(), e.arguments().toArray()))
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                refresh();
            });
            here.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            here.setWidthFull();
            card.add(here);
            prompts.add(card);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        poll = ui.addPollListener(e -> refresh());
        ui.setPollInterval(POLL_MILLIS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkin.my.title") + " | " + getTranslation("app.name");
    }
}
