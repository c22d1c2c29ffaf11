package cn.kaichuang.app.ui.teaching;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.CohortPlans;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.SessionView;
import cn.kaichuang.teaching.Completion;
import cn.kaichuang.teaching.CompletionMatrix;
import cn.kaichuang.teaching.CompletionStatus;
import cn.kaichuang.teaching.MatrixRow;
import cn.kaichuang.teaching.NewTask;
import cn.kaichuang.teaching.ResourceView;
import cn.kaichuang.teaching.TaskId;
import cn.kaichuang.teaching.TaskKind;
import cn.kaichuang.teaching.TaskView;
import cn.kaichuang.teaching.TeachingResources;
import cn.kaichuang.teaching.TeachingTasks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 教学任务: the lecturer's tasks for a cohort and the completion matrix (trainee × task); a cell
 * opens the trainee's completion with its evidence, where it can be returned with a comment.
 */
@Route(value = "teaching/tasks", layout = MainLayout.class)
@RolesAllowed({Roles.LECTURER, Roles.INSTITUTION_ADMIN})
public class TeachingTasksView extends VerticalLayout implements HasDynamicTitle {

    private final TeachingTasks tasks;
    private final TeachingResources resources;
    private final CohortPlans plans;
    private final Feedback feedback = new Feedback(this, "teaching.error.forbidden");
    final ComboBox<CohortView> cohort = new ComboBox<>();
    final Button publish = new Button();
    final Grid<MatrixRow> matrix = new Grid<>();
    final EmptyState empty;
    CompletionMatrix current = CompletionMatrix.EMPTY;
    @Nullable PublishDialog dialog;
    @Nullable CompletionDialog completionDialog;

    TeachingTasksView(TeachingTasks tasks, TeachingResources resources, CohortPlans plans, Cohorts cohorts) {
        this.tasks = tasks;
        this.resources = resources;
        this.plans = plans;
        addClassName("kc-view");
        add(new H2(getTranslation("teaching.tasks.title")));
        empty = new EmptyState(VaadinIcon.TASKS, getTranslation("teaching.tasks.empty"));
        List<CohortView> all = cohorts.all();
        if (all.isEmpty()) {
            add(new EmptyState(VaadinIcon.CALENDAR, getTranslation("teaching.no-cohorts")));
            return;
        }
        cohort.setLabel(getTranslation("teaching.cohort"));
        cohort.setItems(all);
        cohort.setItemLabelGenerator(CohortView::name);
        cohort.setWidth("min(24rem, 100%)");
        cohort.addValueChangeListener(change -> refresh());
        publish.setText(getTranslation("teaching.tasks.publish"));
        publish.setIcon(VaadinIcon.PLUS.create());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> openPublish());
        HorizontalLayout tools = new HorizontalLayout(cohort, publish);
        tools.setWrap(true);
        tools.setAlignItems(Alignment.BASELINE);
        matrix.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        matrix.setAllRowsVisible(true);
        add(tools, new H3(getTranslation("teaching.matrix")), matrix, empty);
        cohort.setValue(all.getFirst());
    }

    void refresh() {
        CohortView chosen = cohort.getValue();
        current = chosen == null ? CompletionMatrix.EMPTY : tasks.matrix(chosen.id());
        matrix.removeAllColumns();
        matrix.addColumn(MatrixRow::name).setHeader(getTranslation("teaching.trainee")).setFrozen(true)
                .setAutoWidth(true).setKey("trainee");
        for (TaskView task : current.tasks()) {
            matrix.addComponentColumn(row -> cell(row, task))
                    .setHeader(task.title() + "（" + Formats.dateTime(this, task.due()) + "）")
                    .setKey("task-" + task.id().value()).setAutoWidth(true);
        }
        matrix.setItems(current.rows());
        boolean none = current.tasks().isEmpty();
        matrix.setVisible(!none);
        empty.setVisible(none);
    }

    private Button cell(MatrixRow row, TaskView task) {
        CompletionStatus status = row.cell(task.id());
        Button button = new Button(getTranslation("teaching.status." + status.name()),
                click -> openCompletion(row, task));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (status == CompletionStatus.COMPLETED) {
            button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        } else if (status == CompletionStatus.RETURNED) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.setEnabled(status != CompletionStatus.OPEN);
        return button;
    }

    void openPublish() {
        CohortView chosen = cohort.getValue();
        if (chosen == null) {
            return;
        }
        dialog = new PublishDialog(chosen);
        dialog.open();
    }

    void openCompletion(MatrixRow row, TaskView task) {
        Optional<Completion> found = Optional.ofNullable(feedback.attempt(() -> tasks.completion(task.id(),
                row.trainee()))).flatMap(c -> c);
        if (found.isEmpty()) {
            return;
        }
        completionDialog = new CompletionDialog(row, task, found.get());
        completionDialog.open();
    }

    /** Publishing a task: what kind, for the cohort or one session, which resource, by when. */
    final class PublishDialog extends Dialog {

        final Select<TaskKind> kind = new Select<>();
        final TextField title = new TextField();
        final TextArea description = new TextArea();
        final ComboBox<SessionView> session = new ComboBox<>();
        final ComboBox<ResourceView> resource = new ComboBox<>();
        final DateTimePicker due = new DateTimePicker();
        private final CohortView target;

        PublishDialog(CohortView target) {
            this.target = target;
            setHeaderTitle(getTranslation("teaching.tasks.publish-title", target.name()));
            kind.setLabel(getTranslation("teaching.task.kind"));
            kind.setItems(TaskKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("teaching.kind." + k.name()));
            kind.setValue(TaskKind.OFFLINE);
            title.setLabel(getTranslation("teaching.task.title"));
            title.setMaxLength(200);
            description.setLabel(getTranslation("teaching.task.description"));
            description.setMaxLength(2000);
            session.setLabel(getTranslation("teaching.task.session"));
            session.setItems(plans.sessions(target.id()));
            session.setItemLabelGenerator(s -> s.startsAt().toLocalDate() + " " + s.topic());
            session.setClearButtonVisible(true);
            session.setPlaceholder(getTranslation("teaching.task.whole-cohort"));
            resource.setLabel(getTranslation("teaching.task.resource"));
            resource.setItems(resources.of(target.id()));
            resource.setItemLabelGenerator(r -> r.title() + "（" + getTranslation("teaching.resource-kind."
                    + r.kind().name()) + "）");
            due.setLabel(getTranslation("teaching.task.due"));
            due.setLocale(Locale.CHINA);
            kind.addValueChangeListener(change -> resource.setVisible(change.getValue() != null
                    && change.getValue().automatic()));
            resource.setVisible(false);
            FormLayout form = new FormLayout(kind, title, description, session, resource, due);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
            form.setColspan(description, 2);
            add(form);
            Button save = new Button(getTranslation("teaching.tasks.publish"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
            setWidth("min(44rem, 100vw)");
        }

        void save() {
            if (due.getValue() == null) {
                feedback.error(getTranslation("teaching.error.due-required"));
                return;
            }
            TaskKind chosen = kind.getValue() == null ? TaskKind.OFFLINE : kind.getValue();
            TaskId id = feedback.attempt(() -> tasks.publish(new NewTask(target.id(),
                    session.getValue() == null ? null : session.getValue().id(), chosen, title.getValue(),
                    description.getValue(), resource.getValue() == null ? null : resource.getValue().id(),
                    due.getValue().atZone(Formats.CHINA).toInstant())));
            if (id != null) {
                feedback.done("teaching.tasks.published", title.getValue().strip());
                close();
                refresh();
            }
        }
    }

    /** A trainee's completion with its evidence; returning it asks for a comment. */
    final class CompletionDialog extends Dialog {

        final TextArea comment = new TextArea();
        final Button giveBack = new Button();

        CompletionDialog(MatrixRow row, TaskView task, Completion completion) {
            setHeaderTitle(row.name() + " · " + task.title());
            add(new Paragraph(getTranslation(completion.late() ? "teaching.completed-at-late"
                    : "teaching.completed-at", Formats.dateTime(this, completion.completedAt()))));
            if (completion.text() != null) {
                Paragraph text = new Paragraph(completion.text());
                text.getStyle().set("white-space", "pre-wrap");
                add(text);
            }
            if (completion.file() != null) {
                Button open = new Button(completion.file().fileName() + "（" + Labels.size(completion.file().size())
                        + "）", VaadinIcon.DOWNLOAD.create(), click -> {
                            URI url = feedback.attempt(() -> tasks.evidence(task.id(), row.trainee()));
                            if (url != null) {
                                UI.getCurrent().getPage().open(url.toString(), "_blank");
                            }
                        });
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                add(open);
            }
            if (completion.returnComment() != null) {
                add(new Paragraph(getTranslation("teaching.returned-comment") + "：" + completion.returnComment()));
            }
            if (completion.status() == CompletionStatus.COMPLETED && !task.kind().automatic()) {
                comment.setLabel(getTranslation("teaching.return.comment"));
                comment.setMaxLength(500);
                comment.setWidthFull();
                add(comment);
                giveBack.setText(getTranslation("teaching.return"));
                giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
                giveBack.addClickListener(click -> {
                    if (feedback.succeeds(() -> tasks.returnTask(task.id(), row.trainee(), comment.getValue()))) {
                        feedback.done("teaching.returned", row.name());
                        close();
                        refresh();
                    }
                });
                getFooter().add(giveBack);
            }
            getFooter().add(new Button(getTranslation("action.close"), click -> close()));
            setWidth("min(36rem, 100vw)");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teaching.tasks.title") + " | " + getTranslation("app.name");
    }
}
