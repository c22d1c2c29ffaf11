package cn.kaichuang.app.ui.institution;

import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.cohort.CohortFullException;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.RosterImport;
import cn.kaichuang.cohort.RosterProblem;
import cn.kaichuang.cohort.RosterRejectedException;
import cn.kaichuang.cohort.RosterResult;
import cn.kaichuang.cohort.RosterRow;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Imports a roster (.xlsx) into the institution, optionally enrolling everyone in one cohort.
 * A roster with any bad row imports nothing; the dialog lists the bad rows with their reasons
 * and offers them as an .xlsx error report to correct and upload again.
 */
class RosterImportDialog extends Dialog {

    private final RosterImport roster;
    private final TenantCode tenant;
    private final Runnable imported;
    final ComboBox<CohortView> cohort = new ComboBox<>();
    final Span outcome = new Span();
    final Grid<RosterProblem> problems = new Grid<>();
    final Anchor report;
    /** The problems the report download writes (the download runs outside the UI's lock). */
    private volatile List<RosterProblem> shown = List.of();

    RosterImportDialog(RosterImport roster, Cohorts cohorts, Runnable imported) {
        this.roster = roster;
        this.tenant = TenantContext.require();
        this.imported = imported;
        setHeaderTitle(getTranslation("roster.title"));
        setWidth("min(56rem, 96vw)");

        Anchor template = new Anchor(event -> {
            event.setFileName("roster-template.xlsx");
            event.setContentType(RosterExcel.CONTENT_TYPE);
            RosterExcel.template(event.getOutputStream());
        }, getTranslation("roster.template"));
        template.addClassName("kc-export");

        cohort.setLabel(getTranslation("roster.cohort"));
        cohort.setPlaceholder(getTranslation("roster.cohort.none"));
        // Only a roster still part of an unsubmitted application may change.
        cohort.setItems(cohorts.all().stream().filter(c -> Cohorts.rosterOpen(c.status()))
                .filter(c -> !c.endDate().isBefore(LocalDate.now(Formats.CHINA))).toList());
        cohort.setItemLabelGenerator(c -> c.name() + "（" + CourseTypes.name(this, c.courseType()) + "，"
                + c.enrolled() + "/" + c.capacity() + "）");
        cohort.setClearButtonVisible(true);
        cohort.setWidthFull();

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> importFile(metadata.fileName(), data))));
        upload.setAcceptedFileTypes(".xlsx", RosterExcel.CONTENT_TYPE);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RosterImport.MAX_BYTES);
        upload.addFileRejectedListener(rejected -> failed(getTranslation("roster.error.rejected-file",
                RosterImport.MAX_BYTES / 1024 / 1024)));
        upload.setWidthFull();

        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(p -> p.row().rowNumber()).setHeader(getTranslation("roster.row")).setWidth("5rem")
                .setFlexGrow(0);
        problems.addColumn(p -> p.row().name()).setHeader(getTranslation("trainees.name")).setAutoWidth(true);
        problems.addColumn(p -> p.row().idCard()).setHeader(getTranslation("trainees.id-card")).setAutoWidth(true);
        problems.addColumn(p -> p.row().phone()).setHeader(getTranslation("trainees.phone")).setAutoWidth(true);
        problems.addColumn(p -> RosterExcel.reasons(p, this::reason)).setHeader(getTranslation("roster.reason"))
                .setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        report = new Anchor(event -> {
            event.setFileName("roster-errors.xlsx");
            event.setContentType(RosterExcel.CONTENT_TYPE);
            RosterExcel.errorReport(shown, this::reason, event.getOutputStream());
        }, getTranslation("roster.report"));
        report.addClassName("kc-export");
        report.setVisible(false);

        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("roster.help",
                RosterImport.MAX_ROWS, RosterImport.MAX_BYTES / 1024 / 1024)), template, cohort, upload, outcome,
                report, problems);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("roster.close"), click -> close()));
    }

    /** What the upload does with a received file; also the entry point of the view tests. */
    void importFile(String fileName, byte[] data) {
        shown = List.of();
        problems.setVisible(false);
        report.setVisible(false);
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            failed(getTranslation("roster.error.not-xlsx", ""));
            return;
        }
        RosterResult result;
        try {
            CohortView target = cohort.getValue();
            result = TenantContext.call(tenant, () -> roster.importRoster(data, target == null ? null : target.id()));
        } catch (RosterRejectedException e) {
            failed(getTranslation(e.messageKey(), e.argument()));
            return;
        } catch (CohortFullException e) {
            failed(getTranslation("roster.error.cohort-full", cohort.getValue().capacity()));
            return;
        }
        if (result.accepted()) {
            outcome.setText(getTranslation(result.enrolled() > 0 ? "roster.done.enrolled" : "roster.done",
                    result.imported(), result.enrolled()));
            theme("success");
            imported.run();
            return;
        }
        shown = result.problems();
        failed(getTranslation("roster.rejected", result.problems().size(), result.rows().size()));
        problems.setItems(result.problems());
        problems.setVisible(true);
        report.setVisible(true);
    }

    private void failed(String message) {
        outcome.setText(message);
        theme("error");
    }

    private void theme(String variant) {
        outcome.getElement().getThemeList().clear();
        outcome.getElement().getThemeList().add("badge");
        outcome.getElement().getThemeList().add(variant);
    }

    private String reason(String key, String argument) {
        return getTranslation(key, argument);
    }

    List<RosterRow> shownRows() {
        return shown.stream().map(RosterProblem::row).toList();
    }
}
