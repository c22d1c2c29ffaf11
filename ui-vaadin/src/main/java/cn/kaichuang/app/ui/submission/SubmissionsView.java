package cn.kaichuang.app.ui.submission;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.submission.Attachment;
import cn.kaichuang.submission.SubmissionRow;
import cn.kaichuang.submission.SubmittedPlan;
import cn.kaichuang.submission.Submissions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 计划书提交: a cohort's submissions for its lecturer and the institution's staff: who has
 * submitted which version when, the deadline, the plan read-only with its attachments, a PDF of
 * it, and the list in Excel.
 */
@Route(value = "submissions", layout = MainLayout.class)
@RolesAllowed({Roles.INSTITUTION_ADMIN, Roles.LECTURER})
public class SubmissionsView extends VerticalLayout implements HasDynamicTitle {

    private final Submissions submissions;
    private final Feedback feedback = new Feedback(this, "submission.error.forbidden");
    final ComboBox<CohortView> cohort = new ComboBox<>();
    final DateTimePicker deadline = new DateTimePicker();
    final Button saveDeadline = new Button();
    final Grid<SubmissionRow> grid = new Grid<>();
    final EmptyState empty;
    private List<SubmissionRow> rows = List.of();

    SubmissionsView(Submissions submissions, Cohorts cohorts) {
        this.submissions = submissions;
        addClassName("kc-view");
        add(new H2(getTranslation("submission.staff.title")));
        List<CohortView> all = cohorts.all();
        empty = new EmptyState(VaadinIcon.FILE_TEXT_O, getTranslation("submission.staff.empty"));
        if (all.isEmpty()) {
            add(new EmptyState(VaadinIcon.CALENDAR, getTranslation("submission.staff.no-cohorts")));
            return;
        }
        cohort.setLabel(getTranslation("submission.cohort"));
        cohort.setItems(all);
        cohort.setItemLabelGenerator(CohortView::name);
        cohort.setWidth("min(24rem, 100%)");
        cohort.addValueChangeListener(change -> refresh());
        deadline.setLabel(getTranslation("submission.deadline"));
        deadline.setLocale(java.util.Locale.CHINA);
        saveDeadline.setText(getTranslation("submission.deadline.save"));
        saveDeadline.addClickListener(click -> saveDeadline());
        Anchor export = new Anchor(event -> {
            event.setFileName("submissions-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType(SubmissionsExcel.CONTENT_TYPE);
            CohortView chosen = cohort.getValue();
            SubmissionsExcel.write(chosen == null ? "" : chosen.name(), rows, this, event.getOutputStream());
        }, getTranslation("submission.export"));
        export.addClassName("kc-export");
        HorizontalLayout tools = new HorizontalLayout(cohort, deadline, saveDeadline, export);
        tools.setWrap(true);
        tools.setAlignItems(Alignment.BASELINE);
        configureGrid();
        add(tools, grid, empty);
        cohort.setValue(all.getFirst());
    }

    private void configureGrid() {
        grid.addColumn(SubmissionRow::traineeName).setHeader(getTranslation("submission.trainee")).setSortable(true)
                .setKey("trainee");
        grid.addColumn(row -> getTranslation("submission.status." + row.status().name()))
                .setHeader(getTranslation("submission.status")).setSortable(true).setKey("status");
        grid.addColumn(row -> row.submittedAt() == null ? "" : Formats.dateTime(this, row.submittedAt()))
                .setHeader(getTranslation("submission.submitted-at")).setKey("submittedAt")
                .setComparator(row -> row.submittedAt() == null ? java.time.Instant.EPOCH : row.submittedAt());
        grid.addColumn(row -> row.submittedVersion() == null ? "" : "v" + row.submittedVersion())
                .setHeader(getTranslation("submission.submitted-version-short")).setKey("version");
        grid.addColumn(SubmissionRow::attachments).setHeader(getTranslation("submission.attachments-count"))
                .setKey("attachments");
        grid.addComponentColumn(row -> {
            Button open = new Button(getTranslation("submission.open"), click -> open(row));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setEnabled(row.id() != null && row.submittedVersion() != null);
            return open;
        }).setHeader(getTranslation("submission.actions")).setKey("actions");
        grid.setAllRowsVisible(true);
    }

    void refresh() {
        CohortView chosen = cohort.getValue();
        rows = chosen == null ? List.of() : submissions.overview(chosen.id());
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        deadline.setValue(chosen == null ? null : submissions.deadline(chosen.id())
                .map(d -> d.atZone(Formats.CHINA).toLocalDateTime()).orElse(null));
    }

    void saveDeadline() {
        CohortView chosen = cohort.getValue();
        if (chosen == null || deadline.getValue() == null) {
            feedback.error(getTranslation("submission.deadline.required"));
            return;
        }
        if (feedback.attempt(() -> {
            submissions.setDeadline(chosen.id(), deadline.getValue().atZone(Formats.CHINA).toInstant());
            return Boolean.TRUE;
        }) != null) {
            feedback.done("submission.deadline.saved", Formats.dateTime(this,
                    deadline.getValue().atZone(Formats.CHINA).toInstant()));
        }
    }

    /** The submitted version read-only, with its attachments and the PDF. */
    void open(SubmissionRow row) {
        Optional<SubmittedPlan> found = row.id() == null ? Optional.empty() : submissions.read(row.id());
        if (found.isEmpty()) {
            feedback.error(getTranslation("submission.error.not-found"));
            return;
        }
        SubmittedPlan plan = found.get();
        Dialog dialog = new Dialog(plan.traineeName() + "　" + plan.type().chineseName());
        dialog.addClassName("kc-plan-read");
        dialog.add(new Paragraph(getTranslation("submission.submitted-version", plan.version(),
                Formats.dateTime(this, plan.submittedAt()))));
        PlanForm form = new PlanForm(plan.type(), true, () -> { });
        form.set(plan.content());
        dialog.add(form);
        Div files = new Div(new Span(getTranslation("submission.attachments")));
        for (Attachment attachment : plan.attachments()) {
            Button download = new Button(attachment.fileName() + "（" + SubmissionsExcel.size(attachment.size()) + "）",
                    VaadinIcon.DOWNLOAD.create(), click -> {
                        URI url = feedback.attempt(() -> submissions.download(plan.id(), attachment.id()));
                        if (url != null) {
                            UI.getCurrent().getPage().open(url.toString(), "_blank");
                        }
                    });
            download.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            files.add(new Div(download));
        }
        Anchor pdf = new Anchor(event -> {
            event.setFileName("plan-" + plan.id().value() + "-v" + plan.version() + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(submissions.pdf(plan.id()).orElseThrow());
        }, getTranslation("submission.pdf"));
        pdf.addClassName("kc-export");
        dialog.add(files);
        dialog.getFooter().add(pdf, new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.setWidth("min(60rem, 100vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("submission.staff.title") + " | " + getTranslation("app.name");
    }
}
