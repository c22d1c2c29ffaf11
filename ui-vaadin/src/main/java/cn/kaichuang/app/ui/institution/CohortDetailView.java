package cn.kaichuang.app.ui.institution;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CohortStatuses;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.CohortApplication;
import cn.kaichuang.cohort.CohortPlans;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.CohortWorkflow;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.LifecycleException;
import cn.kaichuang.cohort.SessionView;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.cohort.TransitionView;
import cn.kaichuang.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * 班期详情 at {@code /cohort/<id>}: the application (开班申请), the timetable, the roster, the
 * history and the steps of the lifecycle. The id comes from the URL: a cohort of another
 * institution or out of the caller's reach is answered like an unknown one (not found).
 */
@Route(value = "cohort", layout = MainLayout.class)
@RolesAllowed({Roles.INSTITUTION_ADMIN, Roles.LECTURER})
public class CohortDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Cohorts cohorts;
    private final CohortPlans plans;
    private final CohortWorkflow workflow;
    private final Lecturers lecturers;
    private final Trainees trainees;
    private CohortId id = new CohortId(0);
    private String title = "";

    CohortDetailView(Cohorts cohorts, CohortPlans plans, CohortWorkflow workflow, Lecturers lecturers,
            Trainees trainees) {
        this.cohorts = cohorts;
        this.plans = plans;
        this.workflow = workflow;
        this.lecturers = lecturers;
        this.trainees = trainees;
        addClassName("kc-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long cohortId) {
        id = new CohortId(cohortId);
        render();
    }

    private void render() {
        CohortView cohort = cohorts.find(id)
                .orElseThrow(() -> new NotFoundException(getTranslation("cohort.not-found")));
        title = cohort.name();
        boolean admin = CurrentUser.get().map(user -> user.is(Role.INSTITUTION_ADMIN)).orElse(false);
        boolean editable = admin && (cohort.status() == CohortStatus.DRAFT || cohort.status() == CohortStatus.RETURNED);
        List<LecturerView> staff = lecturers.all();
        Map<LecturerId, String> names = staff.stream().collect(Collectors.toMap(LecturerView::id, LecturerView::name));
        List<TransitionView> history = workflow.history(id);

        removeAll();
        HorizontalLayout heading = new HorizontalLayout(new H2(cohort.name()), CohortStatuses.badge(this, cohort.status()));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        add(heading, facts(cohort, names));
        if (cohort.status() == CohortStatus.RETURNED) {
            history.stream().filter(t -> t.to() == CohortStatus.RETURNED).reduce((a, b) -> b)
                    .ifPresent(t -> add(error(getTranslation("cohort.return-reason", t.reason()))));
        }
        if (editable) {
            List<String> missing = workflow.missingForSubmission(id);
            if (!missing.isEmpty()) {
                add(new Span(getTranslation("cohort.missing.hint",
                        missing.stream().map(this::getTranslation).collect(Collectors.joining("、")))));
            }
        }
        if (admin) {
            add(actions(cohort));
        }
        add(new H3(getTranslation("cohort.section.application")),
                applicationForm(plans.application(id).orElse(CohortApplication.EMPTY), staff, editable));
        add(new H3(getTranslation("cohort.section.sessions")), sessions(cohort, staff, names, editable));
        add(new H3(getTranslation("cohort.section.roster")), roster(cohort, editable));
        add(new H3(getTranslation("cohort.section.history")), history(history));
    }

    private FormLayout facts(CohortView cohort, Map<LecturerId, String> names) {
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(CourseTypes.name(this, cohort.courseType())), getTranslation("cohorts.course"));
        facts.addFormItem(new Span(Formats.date(this, cohort.startDate()) + " – " + Formats.date(this, cohort.endDate())),
                getTranslation("cohort.dates"));
        facts.addFormItem(new Span(cohort.venue().address()), getTranslation("cohorts.venue"));
        facts.addFormItem(new Span(cohort.enrolled() + "/" + cohort.capacity()), getTranslation("cohorts.enrolled"));
        LecturerId lead = cohort.leadLecturer();
        facts.addFormItem(new Span(lead == null ? getTranslation("common.none") : names.getOrDefault(lead, "—")),
                getTranslation("cohort.lead"));
        return facts;
    }

    private HorizontalLayout actions(CohortView cohort) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        switch (cohort.status()) {
            case DRAFT, RETURNED -> actions.add(step(cohort, "submit", workflow::submit));
            case APPROVED -> actions.add(step(cohort, "start", workflow::start));
            case RUNNING -> actions.add(step(cohort, "complete", workflow::complete));
            case COMPLETED -> actions.add(step(cohort, "archive", workflow::archive));
            default -> {
            }
        }
        return actions;
    }

    /** A lifecycle step: a button, a confirmation, the call, the outcome. */
    private Button step(CohortView cohort, String action, Consumer<CohortId> call) {
        Button button = new Button(getTranslation("cohort.action." + action), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("cohort.action." + action),
                    getTranslation("cohort.confirm." + action, cohort.name()), getTranslation("cohort.action." + action),
                    confirmed -> {
                        try {
                            call.accept(id);
                            CohortStatuses.showDone(getTranslation("cohort.done", cohort.name(),
                                    CohortStatuses.name(this, cohorts.find(id).orElseThrow().status())));
                            render();
                        } catch (LifecycleException e) {
                            CohortStatuses.showError(this, e);
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private VerticalLayout applicationForm(CohortApplication application, List<LecturerView> staff, boolean editable) {
        TextArea plan = area("cohort.application.teaching-plan", application.teachingPlan());
        TextArea resources = area("cohort.application.resources", application.resources());
        TextArea assessment = area("cohort.application.assessment-plan", application.assessmentPlan());
        MultiSelectComboBox<LecturerView> coLecturers = new MultiSelectComboBox<>(
                getTranslation("cohort.application.co-lecturers"));
        coLecturers.setItems(staff);
        coLecturers.setItemLabelGenerator(LecturerView::name);
        coLecturers.setValue(staff.stream().filter(l -> application.coLecturers().contains(l.id()))
                .collect(Collectors.toSet()));
        coLecturers.setWidthFull();
        TextField document = new TextField(getTranslation("cohort.application.plan-document"));
        document.setValue(Optional.ofNullable(application.planDocument()).orElse(""));
        document.setMaxLength(500);
        document.setWidthFull();
        VerticalLayout form = new VerticalLayout(plan, resources, assessment, coLecturers, document);
        form.setPadding(false);
        List.of(plan, resources, assessment).forEach(field -> field.setReadOnly(!editable));
        coLecturers.setReadOnly(!editable);
        document.setReadOnly(!editable);
        if (editable) {
            Button save = new Button(getTranslation("cohort.application.save"), click -> {
                try {
                    plans.saveApplication(id, new CohortApplication(plan.getValue(), resources.getValue(),
                            assessment.getValue(), coLecturers.getValue().stream().map(LecturerView::id)
                            .collect(Collectors.toSet()), document.getValue()));
                    CohortStatuses.showDone(getTranslation("cohort.application.saved"));
                    render();
                } catch (LifecycleException e) {
                    CohortStatuses.showError(this, e);
                }
            });
            form.add(save);
        }
        return form;
    }

    private TextArea area(String labelKey, String value) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setValue(value);
        area.setMaxLength(10_000);
        area.setWidthFull();
        return area;
    }

    private VerticalLayout sessions(CohortView cohort, List<LecturerView> staff, Map<LecturerId, String> names,
            boolean editable) {
        List<SessionView> all = plans.sessions(id);
        Grid<SessionView> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> CohortStatuses.dateTime(this, s.startsAt()) + " – " + s.endsAt().toLocalTime())
                .setHeader(getTranslation("cohort.session.time")).setAutoWidth(true);
        grid.addColumn(SessionView::topic).setHeader(getTranslation("cohort.session.topic")).setAutoWidth(true);
        grid.addColumn(s -> s.venue().address()).setHeader(getTranslation("cohort.session.address")).setFlexGrow(2)
                .setTooltipGenerator(s -> s.venue().address() + " (" + s.venue().latitude() + ", "
                        + s.venue().longitude() + ")");
        grid.addColumn(s -> names.getOrDefault(s.lecturer(), "—")).setHeader(getTranslation("cohort.session.lecturer"))
                .setAutoWidth(true);
        if (editable) {
            grid.addComponentColumn(s -> {
                Button edit = new Button(getTranslation("cohort.session.edit"), click -> new SessionDialog(
                        getTranslation("cohort.session.title-edit"), s, cohort, staff, saved -> {
                            plans.updateSession(id, s.id(), saved);
                            render();
                        }).open());
                Button remove = new Button(getTranslation("cohort.session.remove"), click -> confirmRemove(s));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                return new HorizontalLayout(edit, remove);
            }).setAutoWidth(true);
        }
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        EmptyState empty = new EmptyState(VaadinIcon.CALENDAR_CLOCK, getTranslation("cohort.sessions.empty"));
        empty.setVisible(all.isEmpty());
        VerticalLayout section = new VerticalLayout(grid, empty);
        section.setPadding(false);
        if (editable) {
            section.add(new Button(getTranslation("cohort.session.add"), VaadinIcon.PLUS.create(), click ->
                    new SessionDialog(getTranslation("cohort.session.title-new"), null, cohort, staff, saved -> {
                        plans.addSession(id, saved);
                        render();
                    }).open()));
        }
        return section;
    }

    private void confirmRemove(SessionView session) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("cohort.session.remove"),
                getTranslation("cohort.session.remove-confirm", session.topic()), getTranslation("cohort.session.remove"),
                confirmed -> {
                    try {
                        plans.removeSession(id, session.id());
                        CohortStatuses.showDone(getTranslation("cohort.session.saved"));
                        render();
                    } catch (LifecycleException e) {
                        CohortStatuses.showError(this, e);
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private VerticalLayout roster(CohortView cohort, boolean editable) {
        List<TraineeId> ids = cohorts.roster(id);
        List<TraineeView> enrolled = ids.stream().map(trainees::find).flatMap(Optional::stream).toList();
        Grid<TraineeView> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TraineeView::name).setHeader(getTranslation("cohort.roster.name")).setAutoWidth(true);
        grid.addColumn(t -> t.idCard().masked()).setHeader(getTranslation("cohort.roster.id-card")).setAutoWidth(true);
        grid.setItems(enrolled);
        grid.setHeight("16rem");
        grid.setVisible(!enrolled.isEmpty());
        EmptyState empty = new EmptyState(VaadinIcon.USERS, getTranslation("cohort.roster.empty"));
        empty.setVisible(enrolled.isEmpty());
        VerticalLayout section = new VerticalLayout(new Span(getTranslation("cohort.roster.count", enrolled.size())),
                grid, empty);
        if (editable) {
            section.add(new Button(getTranslation("cohort.roster.add"), VaadinIcon.PLUS.create(), click -> {
                // A page of the institution's trainees is enough to pick from; big rosters come by import.
                List<TraineeView> candidates = trainees.page(PageRequest.of(0, 2000)).stream()
                        .filter(t -> !ids.contains(t.id())).toList();
                new EnrolDialog(candidates, Math.max(0, cohort.capacity() - enrolled.size()),
                        trainee -> cohorts.enrol(id, trainee), this::render).open();
            }));
        }
        section.setPadding(false);
        return section;
    }

    private VerticalLayout history(List<TransitionView> history) {
        Grid<TransitionView> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> Formats.dateTime(this, t.at())).setHeader(getTranslation("cohort.history.at"))
                .setAutoWidth(true);
        grid.addColumn(t -> CohortStatuses.name(this, t.from()) + " → " + CohortStatuses.name(this, t.to()))
                .setHeader(getTranslation("cohort.history.step")).setAutoWidth(true);
        grid.addColumn(TransitionView::actor).setHeader(getTranslation("cohort.history.actor")).setAutoWidth(true);
        grid.addColumn(t -> Optional.ofNullable(t.reason()).orElse("")).setHeader(getTranslation("cohort.history.reason"))
                .setFlexGrow(2);
        grid.setItems(history);
        grid.setVisible(!history.isEmpty());
        EmptyState empty = new EmptyState(VaadinIcon.TIME_BACKWARD, getTranslation("cohort.history.empty"));
        empty.setVisible(history.isEmpty());
        VerticalLayout section = new VerticalLayout(grid, empty);
        section.setPadding(false);
        return section;
    }

    private static Span error(String text) {
        Span span = new Span(text);
        span.getElement().getThemeList().add("badge error");
        span.addClassName("kc-return-reason");
        return span;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
