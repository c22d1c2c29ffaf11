package cn.kaichuang.app.ui.approvals;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CohortStatuses;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.ApplicationDetail;
import cn.kaichuang.cohort.Approvals;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.LifecycleException;
import cn.kaichuang.cohort.PendingApplication;
import cn.kaichuang.cohort.SessionView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 开班审批: the applications waiting for the caller's decision across institutions (a
 * prefecture's region; the province where a region has no prefecture admin), a read-only look
 * at one, and approve or return with a reason.
 */
@Route(value = "approvals", layout = MainLayout.class)
@RolesAllowed({Roles.PREFECTURE_ADMIN, Roles.PROVINCE_ADMIN})
public class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    private final Approvals approvals;
    private final Grid<PendingApplication> grid = new Grid<>();
    private final Span count = new Span();
    private final EmptyState empty;
    private final Div detail = new Div();

    ApprovalsView(Approvals approvals) {
        this.approvals = approvals;
        addClassName("kc-view");
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PendingApplication::institutionName).setHeader(getTranslation("approvals.institution"))
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(PendingApplication::cohortName).setHeader(getTranslation("approvals.cohort")).setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(a -> CourseTypes.name(this, a.courseType())).setHeader(getTranslation("cohorts.course"))
                .setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(this, a.submittedAt())).setHeader(getTranslation("approvals.submitted-at"))
                .setAutoWidth(true).setSortable(true).setComparator(PendingApplication::submittedAt);
        grid.addColumn(PendingApplication::submittedBy).setHeader(getTranslation("approvals.submitted-by"))
                .setAutoWidth(true);
        grid.setHeight("16rem");
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        empty = new EmptyState(VaadinIcon.CHECK_SQUARE_O, getTranslation("approvals.empty"));
        detail.setWidthFull();
        add(new H2(getTranslation("approvals.title")), count, grid, empty, detail);
        refresh();
    }

    private void refresh() {
        List<PendingApplication> waiting = approvals.waiting();
        grid.setItems(waiting);
        grid.setVisible(!waiting.isEmpty());
        empty.setVisible(waiting.isEmpty());
        count.setText(getTranslation("approvals.count", waiting.size()));
        show(null);
    }

    private void show(@Nullable PendingApplication entry) {
        detail.removeAll();
        if (entry == null) {
            if (grid.isVisible()) {
                detail.add(new Paragraph(getTranslation("approvals.pick")));
            }
            return;
        }
        Optional<ApplicationDetail> found = approvals.find(entry.tenant(), entry.cohort());
        if (found.isEmpty()) {
            detail.add(new Paragraph(getTranslation("cohort.error.application-not-found")));
            return;
        }
        ApplicationDetail application = found.get();
        Map<LecturerId, String> names = application.lecturers().stream()
                .collect(Collectors.toMap(LecturerView::id, LecturerView::name));
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(entry.institutionName()), getTranslation("approvals.institution"));
        facts.addFormItem(new Span(CourseTypes.name(this, application.cohort().courseType())),
                getTranslation("cohorts.course"));
        facts.addFormItem(new Span(Formats.date(this, application.cohort().startDate()) + " – "
                + Formats.date(this, application.cohort().endDate())), getTranslation("cohort.dates"));
        facts.addFormItem(new Span(application.cohort().venue().address()), getTranslation("cohorts.venue"));
        facts.addFormItem(new Span(application.cohort().enrolled() + "/" + application.cohort().capacity()),
                getTranslation("cohorts.enrolled"));
        LecturerId lead = application.cohort().leadLecturer();
        facts.addFormItem(new Span(lead == null ? getTranslation("common.none") : names.getOrDefault(lead, "—")),
                getTranslation("cohort.lead"));
        facts.addFormItem(new Span(application.application().coLecturers().stream()
                .map(id -> names.getOrDefault(id, "—")).collect(Collectors.joining("、"))),
                getTranslation("cohort.application.co-lecturers"));
        facts.addFormItem(text(application.application().teachingPlan()),
                getTranslation("cohort.application.teaching-plan"));
        facts.addFormItem(text(application.application().resources()), getTranslation("cohort.application.resources"));
        facts.addFormItem(text(application.application().assessmentPlan()),
                getTranslation("cohort.application.assessment-plan"));
        facts.addFormItem(new Span(Optional.ofNullable(application.application().planDocument())
                .orElse(getTranslation("common.none"))), getTranslation("cohort.application.plan-document"));

        Grid<SessionView> sessions = new Grid<>();
        sessions.setAllRowsVisible(true);
        sessions.addColumn(s -> CohortStatuses.dateTime(this, s.startsAt()) + " – " + s.endsAt().toLocalTime())
                .setHeader(getTranslation("cohort.session.time")).setAutoWidth(true);
        sessions.addColumn(SessionView::topic).setHeader(getTranslation("cohort.session.topic")).setAutoWidth(true);
        sessions.addColumn(s -> s.venue().address()).setHeader(getTranslation("cohort.session.address")).setFlexGrow(2);
        sessions.addColumn(s -> names.getOrDefault(s.lecturer(), "—")).setHeader(getTranslation("cohort.session.lecturer"))
                .setAutoWidth(true);
        sessions.setItems(application.sessions());

        Button approve = new Button(getTranslation("approvals.approve"), click -> confirmApprove(entry));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button giveBack = new Button(getTranslation("approvals.return"), click -> new ReturnDialog(reason ->
                decided(() -> approvals.returnWithReason(entry.tenant(), entry.cohort(), reason),
                        "approvals.returned", entry)).open());
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        detail.add(new H3(entry.cohortName()), facts, new H3(getTranslation("cohort.section.sessions")), sessions,
                new HorizontalLayout(approve, giveBack));
    }

    private void confirmApprove(PendingApplication entry) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("approvals.approve"),
                getTranslation("approvals.approve-confirm", entry.cohortName(), entry.institutionName()),
                getTranslation("approvals.approve"),
                confirmed -> decided(() -> approvals.approve(entry.tenant(), entry.cohort()), "approvals.approved",
                        entry));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void decided(Runnable decision, String doneKey, PendingApplication entry) {
        try {
            decision.run();
            CohortStatuses.showDone(getTranslation(doneKey, entry.cohortName()));
        } catch (LifecycleException e) {
            CohortStatuses.showError(this, e);
        }
        refresh();
    }

    private static Span text(String value) {
        Span span = new Span(value.isEmpty() ? "—" : value);
        span.getStyle().set("white-space", "pre-wrap");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approvals.title") + " | " + getTranslation("app.name");
    }
}
