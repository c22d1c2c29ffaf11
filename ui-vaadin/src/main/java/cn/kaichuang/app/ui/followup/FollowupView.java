package cn.kaichuang.app.ui.followup;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.followup.FollowupException;
import cn.kaichuang.followup.FollowupSurveys;
import cn.kaichuang.followup.ImportKind;
import cn.kaichuang.followup.ImportProblem;
import cn.kaichuang.followup.ImportResult;
import cn.kaichuang.followup.OutcomeImport;
import cn.kaichuang.followup.OutcomeImportRejectedException;
import cn.kaichuang.followup.Survey;
import cn.kaichuang.followup.SurveyStatus;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 回访管理 for the institution's admin: every follow-up survey (filtered by status, paged in the
 * database), answers taken on the phone, and the import of business-registration or employment data
 * matched by ID number, with its row report when refused.
 */
@Route(value = "followup", layout = MainLayout.class)
@RolesAllowed(Roles.INSTITUTION_ADMIN)
public class FollowupView extends VerticalLayout implements HasDynamicTitle {

    private final FollowupSurveys surveys;
    private final OutcomeImport imports;
    private final TenantCode tenant = CurrentUser.require().tenantCode().orElseThrow();
    final Select<SurveyStatus> status = new Select<>();
    final Grid<Survey> grid = new Grid<>();
    final Select<ImportKind> kind = new Select<>();
    final Grid<ImportProblem> problems = new Grid<>();
    final Span importOutcome = new Span();
    @Nullable PhoneDialog phoneDialog;

    FollowupView(FollowupSurveys surveys, OutcomeImport imports) {
        this.surveys = surveys;
        this.imports = imports;
        addClassName("kc-view");
        setSizeFull();
        add(new H2(getTranslation("followup.desk.title")), new Paragraph(getTranslation("followup.desk.intro",
                surveys.waves().stream().map(String::valueOf).collect(Collectors.joining("、")))));

        status.setLabel(getTranslation("followup.status"));
        status.setItems(SurveyStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("followup.status.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("followup.status.all")
                : getTranslation("followup.status." + s.name()));
        status.setValue(SurveyStatus.OPEN);
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Survey::traineeName).setHeader(getTranslation("trainees.name")).setAutoWidth(true);
        grid.addColumn(Survey::cohortName).setHeader(getTranslation("cohorts.name")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation("followup.wave", s.waveMonths())).setHeader(getTranslation("followup.wave.header"))
                .setAutoWidth(true);
        grid.addColumn(s -> Formats.date(this, s.dueOn())).setHeader(getTranslation("followup.due")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("followup.status." + s.status().name()))
                .setHeader(getTranslation("followup.status")).setAutoWidth(true);
        grid.addColumn(Survey::reminders).setHeader(getTranslation("followup.reminders")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            if (s.status() != SurveyStatus.OPEN) {
                return new Span(s.answeredAt() == null ? "" : Formats.dateTime(this, s.answeredAt()));
            }
            Button phone = new Button(getTranslation("followup.desk.phone"), click -> openPhone(s));
            phone.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return phone;
        }).setHeader(getTranslation("followup.desk.action")).setAutoWidth(true);
        grid.setPageSize(50);
        grid.setItems(query -> surveys.list(status.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> surveys.count(status.getValue()));
        grid.setHeight("28rem");

        add(status, grid, importSection());
    }

    private Div importSection() {
        kind.setLabel(getTranslation("followup.import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("followup.import.kind." + k.name()));
        kind.setValue(ImportKind.BUSINESS);
        Paragraph columns = new Paragraph();
        kind.addValueChangeListener(change -> columns.setText(columnsHint(change.getValue())));
        columns.setText(columnsHint(ImportKind.BUSINESS));
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> importFile(metadata.fileName(), data))));
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(OutcomeImport.MAX_BYTES);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(ImportProblem::rowNumber).setHeader(getTranslation("roster.row")).setWidth("5rem")
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::maskedId).setHeader(getTranslation("trainees.id-card")).setAutoWidth(true);
        problems.addColumn(p -> p.reasons().stream().map(this::getTranslation).collect(Collectors.joining("；")))
                .setHeader(getTranslation("roster.reason")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        importOutcome.setId("followup-import-outcome");
        Div section = new Div(new H3(getTranslation("followup.import.title")),
                new Paragraph(getTranslation("followup.import.intro")), kind, columns, upload, importOutcome, problems);
        section.setWidthFull();
        return section;
    }

    private String columnsHint(ImportKind value) {
        return getTranslation("followup.import.columns", String.join("、", OutcomeImport.columns(value)),
                OutcomeImport.MAX_ROWS);
    }

    /** What the upload does with a received file; also the entry point of the view tests. */
    void importFile(String fileName, byte[] data) {
        problems.setVisible(false);
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            result(getTranslation("followup.import.error.not-xlsx"), false);
            return;
        }
        try {
            ImportResult done = TenantContext.call(tenant, () -> imports.importFile(kind.getValue(), fileName, data));
            result(getTranslation("followup.import.done", done.outcomes()), true);
            grid.getDataProvider().refreshAll();
        } catch (OutcomeImportRejectedException e) {
            result(getTranslation(e.messageKey(), e.arguments().toArray()), false);
            List<ImportProblem> rows = e.problems();
            problems.setItems(rows);
            problems.setVisible(!rows.isEmpty());
        }
    }

    private void result(String text, boolean success) {
        importOutcome.setText(text);
        importOutcome.getElement().getThemeList().clear();
        importOutcome.getElement().getThemeList().add("badge " + (success ? "success" : "error"));
    }

    void openPhone(Survey survey) {
        phoneDialog = new PhoneDialog(survey);
        phoneDialog.open();
    }

    /** Enters the answer a trainee gave on the phone. */
    final class PhoneDialog extends Dialog {

        final AnswerForm form = new AnswerForm();
        private final Survey survey;

        PhoneDialog(Survey survey) {
            this.survey = survey;
            setHeaderTitle(getTranslation("followup.desk.phone.title", survey.traineeName(),
                    getTranslation("followup.wave", survey.waveMonths())));
            add(new Paragraph(getTranslation("followup.desk.phone.intro")), form);
            Button save = new Button(getTranslation("followup.desk.phone.save"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
            setWidth("min(32rem, 95vw)");
        }

        void save() {
            var answer = form.answer();
            if (answer.isEmpty()) {
                return;
            }
            try {
                surveys.answerByPhone(survey.id(), answer.get());
            } catch (FollowupException e) {
                form.show(e);
                Notification.show(getTranslation(e.messageKey(), e.arguments().toArray()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            close();
            Notification.show(getTranslation("followup.desk.phone.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.desk.title") + " | " + getTranslation("app.name");
    }
}
