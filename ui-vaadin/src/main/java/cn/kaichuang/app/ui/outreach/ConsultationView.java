package cn.kaichuang.app.ui.outreach;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.outreach.Mentoring;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** 咨询 for a mentor: their profile, the slots they offer, their bookings and the questions addressed to them. */
@Route(value = "consultation", layout = MainLayout.class)
@RolesAllowed(Roles.MENTOR)
public class ConsultationView extends VerticalLayout implements HasDynamicTitle {

    private final Mentoring mentoring;
    private final Feedback feedback = new Feedback(this, "outreach.error.forbidden");
    final TextField name = Fields.text(this, "outreach.field.name", 100);
    final TextField specialities = Fields.text(this, "outreach.field.specialities", 300);
    final TextArea bio = Fields.area(this, "outreach.field.bio", 2000);
    final Div slots = Cards.list();
    final Div bookings = Cards.list();
    final Div questions = Cards.list();

    ConsultationView(Mentoring mentoring) {
        this.mentoring = mentoring;
        addClassName("kc-view");
        setMaxWidth("60rem");
        Optional<Mentoring.Mentor> profile = mentoring.myProfile();
        name.setValue(profile.map(Mentoring.Mentor::name).orElse(CurrentUser.require().displayName()));
        profile.ifPresent(p -> {
            specialities.setValue(p.specialities());
            bio.setValue(p.bio());
        });
        Button save = Fields.primary(getTranslation("outreach.save"), () -> {
            if (feedback.attempt(() -> mentoring.saveProfile(name.getValue(), specialities.getValue(), bio.getValue())) != null) {
                feedback.done("outreach.mentor.profile-saved");
            }
        });
        DateTimePicker start = Fields.when(this, "outreach.field.starts-at", Fields.nowInChina().plusDays(1));
        Select<Integer> minutes = new Select<>();
        minutes.setLabel(getTranslation("outreach.mentor.duration"));
        minutes.setItems(30, 60, 90, 120);
        minutes.setItemLabelGenerator(m -> getTranslation("outreach.mentor.minutes", m));
        minutes.setValue(60);
        Button offer = Fields.primary(getTranslation("outreach.mentor.offer"), () -> {
            Instant from = Fields.instant(start);
            if (from != null && feedback.attempt(() -> mentoring.offer(from, from.plus(Duration.ofMinutes(minutes.getValue())))) != null) {
                feedback.done("outreach.mentor.offered");
                refresh();
            }
        });
        HorizontalLayout offerRow = new HorizontalLayout(start, minutes, offer);
        offerRow.setWrap(true);
        offerRow.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("nav.consultation")), new H3(getTranslation("outreach.mentor.profile")), name,
                specialities, bio, save, new H3(getTranslation("outreach.mentor.slots")), offerRow, slots,
                new H3(getTranslation("outreach.mentor.bookings")), bookings,
                new H3(getTranslation("outreach.mentor.questions")), questions);
        refresh();
    }

    void refresh() {
        slots.removeAll();
        bookings.removeAll();
        questions.removeAll();
        if (mentoring.myProfile().isEmpty()) {
            slots.add(new EmptyState(VaadinIcon.USER_STAR, getTranslation("outreach.mentor.profile-first")));
            return;
        }
        mentoring.mySlots().forEach(s -> slots.add(Cards.card(Formats.dateTime(this, s.startsAt()),
                Cards.badge(getTranslation(s.booked() ? "outreach.mentor.slot-booked" : "outreach.mentor.slot-open"),
                        s.booked() ? "success" : "contrast"))));
        List<Mentoring.Booking> mine = mentoring.bookingsForMe();
        if (mine.isEmpty()) {
            bookings.add(new EmptyState(VaadinIcon.CALENDAR_USER, getTranslation("outreach.mentor.no-bookings")));
        }
        for (Mentoring.Booking booking : mine) {
            Div card = Cards.card(booking.displayName() + " · " + Formats.dateTime(this, booking.startsAt()),
                    Cards.line(VaadinIcon.COMMENT_O, booking.topic()),
                    Cards.badge(getTranslation("outreach.mentor.booking." + booking.status()), "contrast"));
            if (booking.status() != Mentoring.BookingStatus.CANCELLED) {
                TextArea notes = Fields.area(this, "outreach.mentor.notes", 2000);
                notes.setValue(booking.notes());
                card.add(notes, Fields.small(getTranslation("outreach.mentor.record"), () -> {
                    if (feedback.attempt(() -> mentoring.recordConsultation(booking.id(), notes.getValue())) != null) {
                        feedback.done("outreach.mentor.recorded");
                        refresh();
                    }
                }));
            }
            bookings.add(card);
        }
        List<Mentoring.Question> asked = mentoring.questionsForMe();
        if (asked.isEmpty()) {
            questions.add(new EmptyState(VaadinIcon.QUESTION_CIRCLE_O, getTranslation("outreach.mentor.no-questions")));
        }
        for (Mentoring.Question question : asked) {
            Div card = Cards.card(question.question(), Cards.line(VaadinIcon.USER,
                    question.displayName() + " · " + Formats.dateTime(this, question.askedAt())));
            if (question.answered()) {
                card.add(Cards.line(VaadinIcon.COMMENT, String.valueOf(question.answer())));
            } else {
                TextArea answer = Fields.area(this, "outreach.mentor.answer", 4000);
                card.add(answer, Fields.primary(getTranslation("outreach.mentor.send-answer"), () -> {
                    if (feedback.attempt(() -> mentoring.answer(question.id(), answer.getValue())) != null) {
                        feedback.done("outreach.mentor.answer-sent");
                        refresh();
                    }
                }));
            }
            questions.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.consultation") + " | " + getTranslation("app.name");
    }
}
