package cn.kaichuang.app.ui.question;

import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.question.Bank;
import cn.kaichuang.question.ImportProblem;
import cn.kaichuang.question.ImportRejectedException;
import cn.kaichuang.question.QuestionBank;
import cn.kaichuang.question.QuestionException;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports questions from an .xlsx as drafts. A file with any bad row imports nothing; the dialog
 * lists the bad rows with their reasons and offers them as an error report.
 */
class QuestionImportDialog extends Dialog {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final QuestionBank bank;
    private final Bank which;
    private final Optional<TenantCode> tenant;
    private final Runnable imported;
    final Span outcome = new Span();
    final Grid<ImportProblem> problems = new Grid<>();
    final Anchor report;
    /** The problems the report download writes (the download runs outside the UI's lock). */
    private volatile List<ImportProblem> shown = List.of();

    QuestionImportDialog(QuestionBank bank, Bank which, Runnable imported) {
        this.bank = bank;
        this.which = which;
        this.tenant = TenantContext.current();
        this.imported = imported;
        setHeaderTitle(getTranslation("question.import"));
        setWidth("min(48rem, 96vw)");
        Anchor template = new Anchor(event -> {
            event.setFileName("question-template.xlsx");
            event.setContentType(QuestionExcel.CONTENT_TYPE);
            QuestionExcel.template(event.getOutputStream());
        }, getTranslation("question.import.template"));
        template.addClassName("kc-export");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> importFile(metadata.fileName(), data))));
        upload.setAcceptedFileTypes(".xlsx", QuestionExcel.CONTENT_TYPE);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(rejected -> failed(getTranslation("question.error.import-too-large",
                MAX_BYTES / 1024 / 1024)));
        upload.setWidthFull();

        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(p -> p.row() == 0 ? "—" : String.valueOf(p.row())).setHeader(getTranslation("question.import.row"))
                .setWidth("6rem").setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.argument()))
                .setHeader(getTranslation("question.import.reason")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        report = new Anchor(event -> {
            event.setFileName("question-import-errors.xlsx");
            event.setContentType(QuestionExcel.CONTENT_TYPE);
            QuestionExcel.errorReport(shown, this::getTranslationOf, this::getTranslation, event.getOutputStream());
        }, getTranslation("question.import.report"));
        report.addClassName("kc-export");
        report.setVisible(false);

        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("question.import.help")), template,
                upload, outcome, report, problems);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("question.close"), click -> close()));
    }

    /** What the upload does with a received file; also the entry point of the view tests. */
    void importFile(String fileName, byte[] data) {
        shown = List.of();
        problems.setVisible(false);
        report.setVisible(false);
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            failed(getTranslation("question.error.import-not-xlsx", ""));
            return;
        }
        try {
            int count = tenant.map(t -> TenantContext.call(t, () -> bank.importDrafts(which, data)))
                    .orElseGet(() -> bank.importDrafts(which, data)).size();
            outcome.setText(getTranslation("question.import.done", count));
            theme("success");
            imported.run();
        } catch (ImportRejectedException e) {
            shown = e.problems();
            failed(getTranslation("question.import.rejected", e.problems().size()));
            problems.setItems(e.problems());
            problems.setVisible(true);
            report.setVisible(true);
        } catch (QuestionException e) {
            failed(getTranslation(e.messageKey(), e.argument()));
        } catch (AccessRefusedException e) {
            failed(getTranslation("question.error.forbidden", e.operation()));
        }
    }

    List<ImportProblem> shownProblems() {
        return shown;
    }

    private String getTranslationOf(String key, String argument) {
        return getTranslation(key, argument);
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
}
