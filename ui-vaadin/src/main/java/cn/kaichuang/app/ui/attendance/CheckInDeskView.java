package cn.kaichuang.app.ui.attendance;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.attendance.AttendanceDesk;
import cn.kaichuang.attendance.CheckInRefusedException;
import cn.kaichuang.attendance.CheckInWindow;
import cn.kaichuang.attendance.CheckIns;
import cn.kaichuang.attendance.LeaveRequest;
import cn.kaichuang.attendance.RollCalls;
import cn.kaichuang.attendance.SessionAttendance;
import cn.kaichuang.attendance.TraineeAttendance;
import cn.kaichuang.attendance.WindowSettings;
import cn.kaichuang.certificate.CertificateProperties;
import cn.kaichuang.cohort.CohortPlans;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.SessionView;
import cn.kaichuang.identity.AccessRefusedException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * 签到台 (TA-1, TA-6): the lecturer (or the institution admin) picks a session, opens a check-in
 * window and projects the QR code, which the page renews every 30 s; the count and the list
 * follow. Roll-call, corrections, leave requests and the Excel export of the session are here too.
 */
@Route(value = "check-in-desk", layout = MainLayout.class)
@RolesAllowed({Roles.INSTITUTION_ADMIN, Roles.LECTURER})
public class CheckInDeskView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 30_000;

    private final CheckIns checkIns;
    private final RollCalls rollCalls;
    private final AttendanceDesk desk;
    private final CohortPlans plans;
    private final String publicUrl;
    private final ComboBox<CohortView> cohort = new ComboBox<>();
    private final ComboBox<SessionView> session = new ComboBox<>();
    private final IntegerField radius = new IntegerField();
    private final IntegerField accuracy = new IntegerField();
    private final Checkbox idDigits = new Checkbox();
    private final Button open = new Button();
    private final Button close = new Button();
    private final Button rollCall = new Button();
    private final Image qr = new Image();
    private final Anchor link = new Anchor();
    private final Div count = new Div();
    private final Div rollCallStatus = new Div();
    private final Grid<SessionAttendance> grid = new Grid<>();
    private final Grid<LeaveRequest> leaves = new Grid<>();
    private final VerticalLayout panel = new VerticalLayout();
    private final Grid<TraineeAttendance> cohortGrid = new Grid<>();
    private final VerticalLayout cohortPanel = new VerticalLayout();
    private @Nullable CheckInWindow window;
    private @Nullable Registration poll;

    CheckInDeskView(CheckIns checkIns, RollCalls rollCalls, AttendanceDesk desk, CohortPlans plans, Cohorts cohorts,
            CertificateProperties certificate) {
        this.checkIns = checkIns;
        this.rollCalls = rollCalls;
        this.desk = desk;
        this.plans = plans;
        this.publicUrl = certificate.publicUrl().toString().replaceAll("/+$", "");
        addClassName("kc-view");
        add(new H2(getTranslation("checkin.desk.title")));
        var all = cohorts.all();
        if (all.isEmpty()) {
            add(new EmptyState(VaadinIcon.CALENDAR_USER, getTranslation("checkin.desk.no-cohorts")));
            return;
        }
        cohort.setLabel(getTranslation("checkin.desk.cohort"));
        cohort.setItems(all);
        cohort.setItemLabelGenerator(CohortView::name);
        cohort.setWidth("min(24rem, 100%)");
        session.setLabel(getTranslation("checkin.desk.session"));
        session.setItemLabelGenerator(s -> s.startsAt().format(DateTimeFormatter.ofPattern("M月d日 HH:mm")) + " "
                + s.topic());
        session.setWidth("min(28rem, 100%)");
        cohort.addValueChangeListener(e -> {
            session.clear();
            session.setItems(e.getValue() == null ? java.util.List.of() : plans.sessions(e.getValue().id()));
            showCohort();
        });
        session.addValueChangeListener(e -> show());
        HorizontalLayout pickers = new HorizontalLayout(cohort, session);
        pickers.setWrap(true);
        add(pickers, panel, cohortPanel);
        buildPanel();
        buildCohortPanel();
        panel.setVisible(false);
    }

    private void buildPanel() {
        radius.setLabel(getTranslation("checkin.desk.radius"));
        radius.setPlaceholder("300");
        radius.setMin(10);
        radius.setMax(5000);
        accuracy.setLabel(getTranslation("checkin.desk.accuracy"));
        accuracy.setPlaceholder("200");
        accuracy.setMin(5);
        accuracy.setMax(5000);
        idDigits.setLabel(getTranslation("checkin.desk.id-digits"));
        open.setText(getTranslation("checkin.desk.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> attempt(() -> {
            window = checkIns.open(selected().id(), new WindowSettings(radius.getValue(), accuracy.getValue(),
                    idDigits.getValue()));
            return window;
        }).ifPresent(w -> refresh()));
        close.setText(getTranslation("checkin.desk.close"));
        close.addClickListener(e -> {
            CheckInWindow current = window;
            if (current != null && attempt(() -> {
                checkIns.close(current.id());
                return true;
            }).isPresent()) {
                window = null;
                refresh();
            }
        });
        rollCall.setText(getTranslation("checkin.desk.roll-call"));
        rollCall.addClickListener(e -> attempt(() -> rollCalls.start(selected().id())).ifPresent(id -> {
            Notification.show(getTranslation("checkin.desk.roll-call.started"));
            refresh();
        }));
        HorizontalLayout settings = new HorizontalLayout(radius, accuracy, idDigits);
        settings.setWrap(true);
        settings.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(open, close, rollCall, export());
        actions.setWrap(true);
        qr.setWidth("min(320px, 80vw)");
        qr.setAlt(getTranslation("checkin.desk.qr"));
        link.setTarget("_blank");
        link.addClassName("kc-check-in-link");
        count.addClassName("kc-check-in-count");
        grid.addColumn(SessionAttendance::name).setHeader(getTranslation("checkin.col.name")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("checkin.method." + (a.method() == null ? "ABSENT" : a.method().name())))
                .setHeader(getTranslation("checkin.col.status")).setAutoWidth(true);
        grid.addColumn(a -> a.at() == null ? "" : Formats.dateTime(this, a.at()))
                .setHeader(getTranslation("checkin.col.time")).setAutoWidth(true);
        grid.addColumn(a -> a.distanceMeters() == null ? "" : a.distanceMeters() + " m")
                .setHeader(getTranslation("checkin.col.distance")).setAutoWidth(true);
        grid.addColumn(a -> a.answeredRollCall() == null ? "" : getTranslation(a.answeredRollCall()
                ? "checkin.roll-call.answered" : "checkin.roll-call.missed"))
                .setHeader(getTranslation("checkin.col.roll-call")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button correct = new Button(getTranslation("checkin.correct"), click -> new CorrectionDialog(this, a,
                    (present, reason) -> attempt(() -> {
                        desk.correct(selected().id(), a.trainee(), present, reason);
                        return true;
                    }).isPresent()).open());
            correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return correct;
        }).setHeader(getTranslation("checkin.col.action"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        leaves.addColumn(LeaveRequest::traineeName).setHeader(getTranslation("checkin.col.name")).setAutoWidth(true);
        leaves.addColumn(LeaveRequest::reason).setHeader(getTranslation("checkin.leave.reason")).setFlexGrow(2);
        leaves.addColumn(l -> getTranslation("checkin.leave." + l.status().name()))
                .setHeader(getTranslation("checkin.col.status")).setAutoWidth(true);
        leaves.addComponentColumn(l -> {
            HorizontalLayout buttons = new HorizontalLayout();
            if (l.status() == LeaveRequest.Status.PENDING) {
                buttons.add(decide(l, true), decide(l, false));
            }
            return buttons;
        }).setHeader(getTranslation("checkin.col.action"));
        leaves.setAllRowsVisible(true);
        panel.setPadding(false);
        panel.add(settings, actions, qr, link, count, rollCallStatus, new H3(getTranslation("checkin.desk.list")), grid,
                new H3(getTranslation("checkin.desk.leaves")), leaves);
    }

    private void buildCohortPanel() {
        cohortGrid.addColumn(TraineeAttendance::name).setHeader(getTranslation("checkin.col.name")).setAutoWidth(true);
        cohortGrid.addColumn(a -> a.present() + "/" + a.held()).setHeader(getTranslation("checkin.col.present"))
                .setAutoWidth(true);
        cohortGrid.addColumn(TraineeAttendance::excused).setHeader(getTranslation("checkin.col.excused"))
                .setAutoWidth(true);
        cohortGrid.addColumn(a -> a.percent() + "%").setHeader(getTranslation("checkin.col.rate")).setAutoWidth(true)
                .setComparator(TraineeAttendance::percent);
        cohortGrid.setAllRowsVisible(true);
        cohortGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Anchor export = new Anchor(event -> {
            CohortView shown = cohort.getValue();
            event.setFileName("attendance-cohort-" + (shown == null ? "none" : shown.id().value()) + ".xlsx");
            event.setContentType(SessionExcel.CONTENT_TYPE);
            SessionExcel.writeCohort(shown == null ? java.util.List.of() : desk.ofCohort(shown.id()),
                    this::getTranslation, event.getOutputStream());
        }, getTranslation("checkin.desk.export-cohort"));
        export.addClassName("kc-export");
        cohortPanel.setPadding(false);
        cohortPanel.add(new H3(getTranslation("checkin.desk.cohort-stats")), export, cohortGrid);
        cohortPanel.setVisible(false);
    }

    private void showCohort() {
        CohortView shown = cohort.getValue();
        cohortPanel.setVisible(shown != null);
        cohortGrid.setItems(shown == null ? java.util.List.of() : desk.ofCohort(shown.id()));
    }

    private Button decide(LeaveRequest leave, boolean approve) {
        Button button = new Button(getTranslation(approve ? "checkin.leave.approve" : "checkin.leave.reject"),
                click -> attempt(() -> {
                    desk.decideLeave(leave.id(), approve);
                    return true;
                }).ifPresent(done -> refresh()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, approve ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        return button;
    }

    private Anchor export() {
        Anchor anchor = new Anchor(event -> {
            SessionView shown = session.getValue();
            event.setFileName("attendance-" + (shown == null ? "none" : shown.id().value()) + ".xlsx");
            event.setContentType(SessionExcel.CONTENT_TYPE);
            SessionExcel.write(shown == null ? java.util.List.of() : desk.ofSession(shown.id()), this::getTranslation,
                    event.getOutputStream());
        }, getTranslation("checkin.desk.export"));
        anchor.addClassName("kc-export");
        return anchor;
    }

    private SessionView selected() {
        return session.getOptionalValue().orElseThrow();
    }

    private void show() {
        panel.setVisible(session.getValue() != null);
        refresh();
    }

    /** Renews the QR code (a new 30-s token), the count and the lists. */
    void refresh() {
        SessionView shown = session.getValue();
        if (shown == null) {
            return;
        }
        // Someone else may have closed it, or its time ran out.
        window = attempt(() -> checkIns.current(shown.id())).flatMap(w -> w).orElse(null);
        CheckInWindow current = window;
        Optional<String> token = current == null ? Optional.empty() : attempt(() -> checkIns.token(current.id()));
        qr.setVisible(token.isPresent());
        link.setVisible(token.isPresent());
        token.ifPresent(t -> {
            String url = publicUrl + "/check-in/" + t;
            qr.setSrc(CheckInQr.dataUrl(url));
            link.setHref(url);
            link.setText(url);
        });
        open.setEnabled(current == null);
        close.setEnabled(current != null);
        var rows = desk.ofSession(shown.id());
        count.setText(getTranslation("checkin.desk.count", rows.stream().filter(SessionAttendance::present).count(),
                rows.size()));
        rollCallStatus.setText(rollCalls.latest(shown.id()).map(r -> getTranslation("checkin.desk.roll-call.result",
                r.answeredTrainees().size(), r.asked())).orElse(""));
        grid.setItems(rows);
        leaves.setItems(desk.leaves(shown.id()));
        showCohort();
    }

    <T> Optional<T> attempt(Supplier<T> work) {
        try {
            return Optional.ofNullable(work.get());
        } catch (CheckInRefusedException e) {
            error(getTranslation(e.messageKey(), e.arguments().toArray()));
        } catch (AccessRefusedException e) {
            error(getTranslation("checkin.error.session-not-found"));
        }
        return Optional.empty();
    }

    private void error(String message) {
        Notification notification = Notification.show(message, 5000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
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
        return getTranslation("checkin.desk.title") + " | " + getTranslation("app.name");
    }
}
