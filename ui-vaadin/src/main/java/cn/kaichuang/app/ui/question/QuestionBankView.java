package cn.kaichuang.app.ui.question;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.question.Bank;
import cn.kaichuang.question.KnowledgePoint;
import cn.kaichuang.question.Question;
import cn.kaichuang.question.QuestionBank;
import cn.kaichuang.question.QuestionQuery;
import cn.kaichuang.question.QuestionStatus;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * 题库: the province edits its bank (versions, publish, retire, import, export); an institution
 * admin edits the institution's own additions and reads the published province bank beside them.
 */
@Route(value = "question-bank", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSTITUTION_ADMIN})
public class QuestionBankView extends VerticalLayout implements HasDynamicTitle {

    private final QuestionBank bank;
    private final Feedback feedback = new Feedback(this, "question.error.forbidden");
    private final Optional<TenantCode> tenant;
    final Tabs banks = new Tabs();
    final TextField search = new TextField();
    final ComboBox<QuestionType> type = new ComboBox<>();
    final ComboBox<KnowledgePoint> knowledgePoint = new ComboBox<>();
    final ComboBox<Integer> difficulty = new ComboBox<>();
    final ComboBox<QuestionStatus> status = new ComboBox<>();
    final Button create;
    final Button importButton;
    final Anchor export;
    final Grid<Question> grid = new Grid<>();
    private final EmptyState empty;
    private Bank which;
    /** What the export writes, kept by {@link #refresh} (the download runs outside the UI's lock). */
    private volatile Bank exportBank;
    private volatile QuestionQuery exportQuery = QuestionQuery.all();

    QuestionBankView(QuestionBank bank) {
        this.bank = bank;
        this.tenant = TenantContext.current();
        Caller user = CurrentUser.require();
        boolean institution = user.is(Role.INSTITUTION_ADMIN);
        this.which = institution ? Bank.INSTITUTION : Bank.PROVINCE;
        this.exportBank = which;
        addClassName("kc-view");
        setSizeFull();
        Tab own = new Tab(getTranslation("question.bank.INSTITUTION"));
        Tab province = new Tab(getTranslation("question.bank.PROVINCE"));
        banks.add(own, province);
        banks.setVisible(institution);
        banks.addSelectedChangeListener(change -> {
            which = change.getSelectedTab() == province ? Bank.PROVINCE : Bank.INSTITUTION;
            refresh();
        });

        search.setPlaceholder(getTranslation("question.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        type.setPlaceholder(getTranslation("question.all-types"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation("question.type." + t.name()));
        knowledgePoint.setPlaceholder(getTranslation("question.all-knowledge-points"));
        knowledgePoint.setItems(KnowledgePoint.values());
        knowledgePoint.setItemLabelGenerator(k -> Labels.knowledgePoint(this, k));
        knowledgePoint.setWidth("min(20rem, 100%)");
        difficulty.setPlaceholder(getTranslation("question.all-difficulties"));
        difficulty.setItems(1, 2, 3, 4, 5);
        difficulty.setItemLabelGenerator(d -> getTranslation("question.difficulty.n", d));
        status.setPlaceholder(getTranslation("question.all-statuses"));
        status.setItems(QuestionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("question.status." + s.name()));
        for (ComboBox<?> box : java.util.List.of(type, knowledgePoint, difficulty, status)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(change -> refresh());
        }
        create = new Button(getTranslation("question.new-button"), VaadinIcon.PLUS.create(),
                click -> new QuestionDialog(bank, which, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton = new Button(getTranslation("question.import"), VaadinIcon.UPLOAD.create(),
                click -> new QuestionImportDialog(bank, which, this::refresh).open());
        export = new Anchor(event -> {
            event.setFileName("question-bank.xlsx");
            event.setContentType(QuestionExcel.CONTENT_TYPE);
            Bank exported = exportBank;
            QuestionQuery query = exportQuery;
            if (tenant.isPresent()) {
                TenantContext.run(tenant.get(), () -> write(exported, query, event.getOutputStream()));
            } else {
                write(exported, query, event.getOutputStream());
            }
        }, getTranslation("question.export"));
        export.addClassName("kc-export");
        HorizontalLayout toolbar = new HorizontalLayout(search, type, knowledgePoint, difficulty, status, create,
                importButton, export);
        toolbar.setWrap(true);
        toolbar.setAlignItems(Alignment.BASELINE);

        columns();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> bank.search(which, query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) bank.count(which, query()));
        empty = new EmptyState(VaadinIcon.QUESTION_CIRCLE_O, getTranslation("question.empty"));
        add(new H2(getTranslation("question.heading")), banks, toolbar, grid, empty);
        refresh();
    }

    private void write(Bank exported, QuestionQuery query, java.io.OutputStream out) {
        try {
            QuestionExcel.export(bank, exported, query, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void columns() {
        grid.addColumn(q -> q.latest().stem()).setHeader(getTranslation("question.stem")).setFlexGrow(3)
                .setTooltipGenerator(q -> q.latest().explanation());
        grid.addColumn(q -> getTranslation("question.type." + q.latest().type().name()))
                .setHeader(getTranslation("question.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> Labels.knowledgePoint(this, q.latest().knowledgePoint()))
                .setHeader(getTranslation("question.knowledge-point")).setFlexGrow(1);
        grid.addColumn(q -> q.latest().difficulty()).setHeader(getTranslation("question.difficulty"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> q.latest().answerText()).setHeader(getTranslation("question.answer")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(q -> Labels.status(this, q.status())).setHeader(getTranslation("question.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::versions).setHeader(getTranslation("question.versions")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> Formats.dateTime(this, q.updatedAt())).setHeader(getTranslation("question.updated-at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("question.actions")).setAutoWidth(true)
                .setKey("actions");
    }

    private String versions(Question q) {
        String published = q.publishedVersion() == null ? getTranslation("question.version.none")
                : "v" + q.publishedVersion();
        return q.hasPendingDraft() && q.publishedVersion() != null
                ? getTranslation("question.version.pending", published, "v" + q.latest().version()) : published;
    }

    private Component actions(Question q) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (!bank.curates(which)) {
            return actions;
        }
        if (q.status() != QuestionStatus.RETIRED) {
            actions.add(small("question.edit-button", click -> new QuestionDialog(bank, which, q, this::refresh).open()));
        }
        if (q.hasPendingDraft() || q.status() == QuestionStatus.RETIRED) {
            actions.add(small("question.publish", click -> confirm("question.publish",
                    getTranslation("question.publish.confirm", shortStem(q), "v" + q.latest().version()),
                    () -> bank.publish(q.id()), "question.published")));
        }
        if (q.status() != QuestionStatus.RETIRED) {
            actions.add(small("question.retire", click -> confirm("question.retire",
                    getTranslation("question.retire.confirm", shortStem(q)), () -> bank.retire(q.id()),
                    "question.retired")));
        }
        return actions;
    }

    private void confirm(String actionKey, String text, Runnable action, String doneKey) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(actionKey), text, getTranslation(actionKey), event -> {
            if (feedback.succeeds(action)) {
                feedback.done(doneKey);
                refresh();
            }
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        if ("question.retire".equals(actionKey)) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.open();
    }

    void refresh() {
        boolean curates = bank.curates(which);
        create.setVisible(curates);
        importButton.setVisible(curates);
        status.setVisible(curates);
        exportBank = which;
        exportQuery = query();
        grid.getDataProvider().refreshAll();
        boolean none = bank.count(which, query()) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    Bank shownBank() {
        return which;
    }

    private QuestionQuery query() {
        return new QuestionQuery(search.getValue(), type.getValue(), knowledgePoint.getValue(), difficulty.getValue(),
                status.isVisible() ? status.getValue() : null);
    }

    private static String shortStem(Question q) {
        String stem = q.latest().stem();
        return stem.length() > 30 ? stem.substring(0, 30) + "…" : stem;
    }

    private Button small(String key, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("question.heading") + " | " + getTranslation("app.name");
    }
}
