package cn.kaichuang.app.ui.outreach;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.outreach.Events;
import cn.kaichuang.outreach.LiveSessions;
import cn.kaichuang.outreach.Mentoring;
import cn.kaichuang.outreach.Policies;
import cn.kaichuang.outreach.PremiumCourses;
import cn.kaichuang.outreach.ServiceResources;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * 创业服务 on the trainee's phone: the policies meant for them, events to register for, premium
 * courses, mentors to book or ask, live sessions and service resources to request, each with what
 * the trainee already did there.
 */
@Route(value = "services", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class ServicesHubView extends VerticalLayout implements HasDynamicTitle {

    private final Policies policies;
    private final Events events;
    private final PremiumCourses courses;
    private final Mentoring mentoring;
    private final LiveSessions live;
    private final ServiceResources services;
    private final Feedback feedback = new Feedback(this, "outreach.error.forbidden");
    final TabSheet tabs = new TabSheet();
    final TextField policySearch = new TextField();
    final ComboBox<String> policyTag = new ComboBox<>();
    final Div policyList = Cards.list();
    final Div eventList = Cards.list();
    final Div courseList = Cards.list();
    final Div mentorList = Cards.list();
    final Div liveList = Cards.list();
    final Div serviceList = Cards.list();

    ServicesHubView(Policies policies, Events events, PremiumCourses courses, Mentoring mentoring, LiveSessions live,
            ServiceResources services) {
        this.policies = policies;
        this.events = events;
        this.courses = courses;
        this.mentoring = mentoring;
        this.live = live;
        this.services = services;
        addClassName("kc-view");
        setMaxWidth("40rem");
        setPadding(true);
        policySearch.setPlaceholder(getTranslation("outreach.policy.search"));
        policySearch.setPrefixComponent(VaadinIcon.SEARCH.create());
        policySearch.setClearButtonVisible(true);
        policySearch.setValueChangeMode(ValueChangeMode.LAZY);
        policySearch.setWidthFull();
        policySearch.addValueChangeListener(change -> showPolicies());
        policyTag.setPlaceholder(getTranslation("outreach.policy.all-tags"));
        policyTag.setClearButtonVisible(true);
        policyTag.setWidthFull();
        policyTag.addValueChangeListener(change -> showPolicies());
        tabs.setWidthFull();
        tabs.add(getTranslation("outreach.tab.policies"), new Div(policySearch, policyTag, policyList));
        tabs.add(getTranslation("outreach.tab.events"), eventList);
        tabs.add(getTranslation("outreach.tab.courses"), courseList);
        tabs.add(getTranslation("outreach.tab.mentors"), mentorList);
        tabs.add(getTranslation("outreach.tab.live"), liveList);
        tabs.add(getTranslation("outreach.tab.services"), serviceList);
        add(new H2(getTranslation("outreach.hub.title")), tabs);
        policyTag.setItems(policies.tags());
        refresh();
    }

    void refresh() {
        showPolicies();
        showEvents();
        showCourses();
        showMentors();
        showLive();
        showServices();
    }

    void showPolicies() {
        policyList.removeAll();
        List<Policies.Policy> found = policies.browse(policySearch.getValue(), policyTag.getValue());
        if (found.isEmpty()) {
            policyList.add(new EmptyState(VaadinIcon.FILE_TEXT_O, getTranslation("outreach.policy.none")));
        }
        for (Policies.Policy policy : found) {
            Button read = new Button(getTranslation("outreach.policy.read"),
                    click -> UI.getCurrent().navigate(PolicyView.class, policy.id()));
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Div tags = new Div();
            policy.tags().forEach(tag -> tags.add(Cards.badge(tag, "contrast")));
            policyList.add(Cards.card(policy.title(),
                    Cards.line(VaadinIcon.CALENDAR, Formats.dateTime(this, policy.publishedAt())), tags, read));
        }
    }

    void showEvents() {
        eventList.removeAll();
        List<Events.Event> coming = events.upcoming();
        Map<Long, Events.Registration> mine = events.mine().stream()
                .filter(r -> r.status() != Events.Status.CANCELLED)
                .collect(java.util.stream.Collectors.toMap(Events.Registration::eventId, r -> r, (a, b) -> a));
        if (coming.isEmpty()) {
            eventList.add(new EmptyState(VaadinIcon.CALENDAR, getTranslation("outreach.event.none")));
        }
        for (Events.Event event : coming) {
            Events.Registration registration = mine.get(event.id());
            Div card = Cards.card(event.title(),
                    Cards.line(VaadinIcon.CLOCK, Formats.dateTime(this, event.startsAt())),
                    Cards.line(VaadinIcon.MAP_MARKER, event.place()),
                    Cards.line(VaadinIcon.USERS, event.seatsLeft() > 0
                            ? getTranslation("outreach.event.seats-left", event.seatsLeft(), event.capacity())
                            : getTranslation("outreach.event.full", event.waiting())));
            if (!event.description().isBlank()) {
                card.add(new Paragraph(event.description()));
            }
            if (registration == null) {
                Button register = new Button(getTranslation(event.seatsLeft() > 0 ? "outreach.event.register"
                        : "outreach.event.wait"), click -> {
                    Events.Registration done = feedback.attempt(() -> events.register(event.id()));
                    if (done != null) {
                        feedback.done(done.status() == Events.Status.REGISTERED ? "outreach.event.registered"
                                : "outreach.event.waiting", event.title());
                        showEvents();
                    }
                });
                register.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                card.add(register);
            } else {
                card.add(Cards.badge(getTranslation("outreach.event.status." + registration.status()),
                        registration.status() == Events.Status.REGISTERED ? "success" : "contrast"));
                Button cancel = new Button(getTranslation("outreach.event.cancel"), click -> {
                    ConfirmDialog confirm = new ConfirmDialog(getTranslation("outreach.event.cancel"),
                            getTranslation("outreach.event.cancel.confirm", event.title()),
                            getTranslation("outreach.event.cancel"), ok -> {
                                if (feedback.succeeds(() -> events.cancel(event.id()))) {
                                    feedback.done("outreach.event.cancelled", event.title());
                                    showEvents();
                                }
                            });
                    confirm.setCancelable(true);
                    confirm.setCancelText(getTranslation("action.cancel"));
                    confirm.setConfirmButtonTheme("error primary");
                    confirm.open();
                });
                cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                card.add(cancel);
            }
            eventList.add(card);
        }
    }

    void showCourses() {
        courseList.removeAll();
        List<PremiumCourses.Course> catalogue = courses.catalogue();
        if (catalogue.isEmpty()) {
            courseList.add(new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("outreach.course.none")));
        }
        for (PremiumCourses.Course course : catalogue) {
            Map<cn.kaichuang.courseware.CoursewareId, PremiumCourses.Progress> progress = courses.mine(course.id());
            Div card = Cards.card(course.title(), new Paragraph(course.description()));
            for (PremiumCourses.Item item : course.items()) {
                PremiumCourses.Progress p = progress.get(item.courseware());
                Button open = new Button(getTranslation("outreach.course.open"), click -> {
                    java.net.URI url = feedback.attempt(() -> courses.open(course.id(), item.courseware()));
                    if (url != null) {
                        UI.getCurrent().getPage().open(url.toString(), "_blank");
                    }
                });
                open.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Button record = new Button(getTranslation("outreach.course.record"),
                        click -> progressDialog(course, item).open());
                record.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                HorizontalLayout actions = new HorizontalLayout(open, record);
                actions.setSpacing(false);
                card.add(Cards.line(VaadinIcon.BOOK, item.title() + " · " + (p == null
                        ? getTranslation("outreach.course.not-started")
                        : getTranslation("outreach.course.progress", p.pages(), Math.ceilDiv(p.seconds(), 60)))), actions);
            }
            courseList.add(card);
        }
    }

    private FormDialog progressDialog(PremiumCourses.Course course, PremiumCourses.Item item) {
        IntegerField page = new IntegerField(getTranslation("outreach.course.page"));
        page.setMin(0);
        page.setValue(1);
        IntegerField minutes = new IntegerField(getTranslation("outreach.course.minutes"));
        minutes.setMin(0);
        minutes.setValue(10);
        return new FormDialog(item.title(), getTranslation("outreach.save"), () -> {
            boolean ok = feedback.succeeds(() -> courses.record(course.id(), item.courseware(),
                    page.getValue() == null ? -1 : page.getValue(),
                    minutes.getValue() == null ? -1 : minutes.getValue() * 60));
            if (ok) {
                feedback.done("outreach.course.recorded");
                showCourses();
            }
            return ok;
        }, page, minutes);
    }

    void showMentors() {
        mentorList.removeAll();
        List<Mentoring.Mentor> mentors = mentoring.mentors();
        if (mentors.isEmpty()) {
            mentorList.add(new EmptyState(VaadinIcon.USER_STAR, getTranslation("outreach.mentor.none")));
        }
        for (Mentoring.Mentor mentor : mentors) {
            Div card = Cards.card(mentor.name(), Cards.line(VaadinIcon.TAGS, mentor.specialities()));
            if (!mentor.bio().isBlank()) {
                card.add(new Paragraph(mentor.bio()));
            }
            for (Mentoring.Slot slot : mentoring.openSlots(mentor.username())) {
                Button book = new Button(getTranslation("outreach.mentor.book"), click -> bookDialog(mentor, slot).open());
                book.addThemeVariants(ButtonVariant.LUMO_SMALL);
                HorizontalLayout line = new HorizontalLayout(Cards.line(VaadinIcon.CLOCK,
                        Formats.dateTime(this, slot.startsAt())), book);
                line.setAlignItems(Alignment.CENTER);
                card.add(line);
            }
            Button ask = new Button(getTranslation("outreach.mentor.ask"), VaadinIcon.QUESTION_CIRCLE_O.create(),
                    click -> askDialog(mentor).open());
            ask.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            card.add(ask);
            mentorList.add(card);
        }
        List<Mentoring.Booking> bookings = mentoring.myBookings();
        List<Mentoring.Question> questions = mentoring.myQuestions();
        if (!bookings.isEmpty() || !questions.isEmpty()) {
            mentorList.add(new H3(getTranslation("outreach.mentor.mine")));
        }
        for (Mentoring.Booking booking : bookings) {
            Div card = Cards.card(getTranslation("outreach.mentor.booking", Formats.dateTime(this, booking.startsAt())),
                    Cards.line(VaadinIcon.COMMENT_O, booking.topic()),
                    Cards.badge(getTranslation("outreach.mentor.booking." + booking.status()), "contrast"));
            if (!booking.notes().isBlank()) {
                card.add(Cards.line(VaadinIcon.NOTEBOOK, booking.notes()));
            }
            if (booking.status() == Mentoring.BookingStatus.HELD) {
                card.add(rating(booking.rating(), r -> mentoring.rateBooking(booking.id(), r)));
            }
            mentorList.add(card);
        }
        for (Mentoring.Question question : questions) {
            Div card = Cards.card(question.question(), Cards.line(VaadinIcon.CLOCK, Formats.dateTime(this, question.askedAt())));
            if (question.answered()) {
                card.add(Cards.line(VaadinIcon.COMMENT, String.valueOf(question.answer())),
                        rating(question.rating(), r -> mentoring.rateQuestion(question.id(), r)));
            } else {
                card.add(Cards.badge(getTranslation("outreach.mentor.waiting-answer"), "contrast"));
            }
            mentorList.add(card);
        }
    }

    private Component rating(@org.jspecify.annotations.Nullable Integer current, java.util.function.IntConsumer rate) {
        Select<Integer> stars = new Select<>();
        stars.setLabel(getTranslation("outreach.mentor.rating"));
        stars.setItems(5, 4, 3, 2, 1);
        stars.setItemLabelGenerator(n -> "★".repeat(n));
        if (current != null) {
            stars.setValue(current);
        }
        stars.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null
                    && feedback.succeeds(() -> rate.accept(change.getValue()))) {
                feedback.done("outreach.mentor.rated");
            }
        });
        return stars;
    }

    private FormDialog bookDialog(Mentoring.Mentor mentor, Mentoring.Slot slot) {
        TextField topic = new TextField(getTranslation("outreach.mentor.topic"));
        topic.setMaxLength(500);
        topic.setWidthFull();
        return new FormDialog(getTranslation("outreach.mentor.book-title", mentor.name(),
                Formats.dateTime(this, slot.startsAt())), getTranslation("outreach.mentor.book"), () -> {
            boolean ok = feedback.attempt(() -> mentoring.book(slot.id(), topic.getValue())) != null;
            if (ok) {
                feedback.done("outreach.mentor.booked", mentor.name());
                showMentors();
            }
            return ok;
        }, topic);
    }

    FormDialog askDialog(Mentoring.Mentor mentor) {
        TextArea question = new TextArea(getTranslation("outreach.mentor.question"));
        question.setMaxLength(2000);
        question.setWidthFull();
        return new FormDialog(getTranslation("outreach.mentor.ask-title", mentor.name()),
                getTranslation("outreach.mentor.send"), () -> {
            boolean ok = feedback.attempt(() -> mentoring.ask(mentor.username(), question.getValue())) != null;
            if (ok) {
                feedback.done("outreach.mentor.asked", mentor.name());
                showMentors();
            }
            return ok;
        }, question);
    }

    void showLive() {
        liveList.removeAll();
        List<LiveSessions.Live> sessions = live.all();
        if (sessions.isEmpty()) {
            liveList.add(new EmptyState(VaadinIcon.PLAY_CIRCLE_O, getTranslation("outreach.live.none")));
        }
        for (LiveSessions.Live session : sessions) {
            Button watch = new Button(getTranslation(session.phase() == LiveSessions.Phase.ENDED
                    ? "outreach.live.replay" : "outreach.live.watch"),
                    click -> UI.getCurrent().navigate(LiveView.class, session.id()));
            watch.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            watch.setEnabled(session.phase() != LiveSessions.Phase.ENDED || session.replayUrl() != null);
            liveList.add(Cards.card(session.title(),
                    Cards.line(VaadinIcon.CLOCK, Formats.dateTime(this, session.startsAt())),
                    Cards.badge(getTranslation("outreach.live.phase." + session.phase()),
                            session.phase() == LiveSessions.Phase.LIVE ? "error" : "contrast"), watch));
        }
    }

    void showServices() {
        serviceList.removeAll();
        List<ServiceResources.Resource> directory = services.directory();
        if (directory.isEmpty()) {
            serviceList.add(new EmptyState(VaadinIcon.HANDSHAKE, getTranslation("outreach.service.none")));
        }
        for (ServiceResources.Resource resource : directory) {
            Button request = new Button(getTranslation("outreach.service.request"),
                    click -> requestDialog(resource).open());
            request.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Div card = Cards.card(resource.name(), Cards.badge(resource.kind(), "contrast"),
                    new Paragraph(resource.description()));
            if (!resource.contact().isBlank()) {
                card.add(Cards.line(VaadinIcon.PHONE, resource.contact()));
            }
            card.add(request);
            serviceList.add(card);
        }
        List<ServiceResources.Request> mine = services.mine();
        if (!mine.isEmpty()) {
            serviceList.add(new H3(getTranslation("outreach.service.mine")));
        }
        for (ServiceResources.Request request : mine) {
            Div card = Cards.card(request.serviceName(), Cards.line(VaadinIcon.COMMENT_O, request.note()),
                    Cards.badge(getTranslation("outreach.service.status." + request.status()),
                            request.status() == ServiceResources.Status.RESOLVED ? "success" : "contrast"));
            if (!request.outcomeNote().isBlank()) {
                card.add(Cards.line(VaadinIcon.INFO_CIRCLE_O, request.outcomeNote()));
            }
            serviceList.add(card);
        }
    }

    private FormDialog requestDialog(ServiceResources.Resource resource) {
        TextArea note = new TextArea(getTranslation("outreach.service.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        return new FormDialog(resource.name(), getTranslation("outreach.service.submit"), () -> {
            boolean ok = feedback.attempt(() -> services.request(resource.id(), note.getValue())) != null;
            if (ok) {
                feedback.done("outreach.service.submitted", resource.name());
                showServices();
            }
            return ok;
        }, note);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outreach.hub.title") + " | " + getTranslation("app.name");
    }
}
