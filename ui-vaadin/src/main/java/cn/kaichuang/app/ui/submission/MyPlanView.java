package cn.kaichuang.app.ui.submission;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.submission.Attachment;
import cn.kaichuang.submission.MyPlan;
import cn.kaichuang.submission.PlanContent;
import cn.kaichuang.submission.PlanVersion;
import cn.kaichuang.submission.Submissions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 我的创业计划: the trainee's plan, phone first (375 px). Sections as an accordion; the draft is
 * saved as a new version whenever the trainee moves to another section, and on 保存草稿; totals
 * follow every change. Earlier versions can be looked at and restored; submitting asks first.
 */
@Route(value = "my-plan", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class MyPlanView extends VerticalLayout implements HasDynamicTitle {

    private final Submissions submissions;
    private final Feedback feedback = new Feedback(this, "submission.error.forbidden");
    final Select<CohortView> cohort = new Select<>();
    final Div header = new Div();
    final Div content = new Div();
    @Nullable PlanForm form;
    @Nullable MyPlan plan;
    boolean dirty;

    MyPlanView(Submissions submissions) {
        this.submissions = submissions;
        addClassName("kc-view");
        addClassName("kc-my-plan");
        add(new H2(getTranslation("submission.mine.title")));
        List<MyPlan> mine = submissions.mine();
        if (mine.isEmpty()) {
            add(new EmptyState(VaadinIcon.FILE_TEXT_O, getTranslation("submission.mine.empty")));
            return;
        }
        cohort.setLabel(getTranslation("submission.cohort"));
        cohort.setItems(mine.stream().map(MyPlan::cohort).toList());
        cohort.setItemLabelGenerator(CohortView::name);
        cohort.setWidthFull();
        cohort.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                load(change.getValue());
            }
        });
        cohort.setVisible(mine.size() > 1);
        add(cohort, header, content);
        cohort.setValue(mine.getFirst().cohort());
    }

    private void load(CohortView chosen) {
        MyPlan current = submissions.mine(chosen.id());
        plan = current;
        dirty = false;
        header.removeAll();
        content.removeAll();
        header.add(new Paragraph(current.type().chineseName() + "　" + getTranslation(
                "submission.status." + current.status().name())));
        header.add(new Paragraph(current.deadline() == null ? getTranslation("submission.deadline.none")
                : getTranslation("submission.deadline.at", Formats.dateTime(this, current.deadline()))));
        if (current.returnedReason() != null) {
            header.add(new Paragraph(getTranslation("submission.returned-reason", current.returnedReason())));
        }
        if (current.submittedVersion() != null && current.submittedAt() != null) {
            header.add(new Paragraph(getTranslation("submission.submitted-version", current.submittedVersion(),
                    Formats.dateTime(this, current.submittedAt()))));
        }
        PlanForm planForm = new PlanForm(current.type(), !current.open(), () -> dirty = true);
        planForm.set(current.content());
        // Moving to another section saves what was written in the last one.
        planForm.addOpenedChangeListener(change -> autosave());
        form = planForm;
        content.add(planForm);
        if (current.open()) {
            Button save = new Button(getTranslation("submission.save"), VaadinIcon.DISC.create(), click -> save(true));
            Button submit = new Button(getTranslation("submission.submit"), VaadinIcon.PAPERPLANE.create(),
                    click -> confirmSubmit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button versions = new Button(getTranslation("submission.versions"), VaadinIcon.TIME_BACKWARD.create(),
                    click -> openVersions());
            Div actions = new Div(save, submit, versions);
            actions.addClassName("kc-plan-actions");
            content.add(actions);
        } else {
            content.add(new Paragraph(getTranslation("submission.closed")));
        }
        content.add(attachments(current));
    }

    void autosave() {
        if (dirty) {
            save(false);
        }
    }

    /** Saves the form as a version; false when refused (the message already shown). */
    boolean save(boolean announce) {
        MyPlan current = plan;
        PlanForm planForm = form;
        if (current == null || planForm == null) {
            return false;
        }
        Integer number = feedback.attempt(() -> submissions.save(current.cohort().id(), planForm.value()));
        if (number == null) {
            return false;
        }
        dirty = false;
        if (announce) {
            feedback.done("submission.saved", number);
        }
        return true;
    }

    void confirmSubmit() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("submission.submit.title"),
                getTranslation("submission.submit.text"), getTranslation("submission.submit"), event -> submit());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    void submit() {
        MyPlan current = plan;
        if (current == null || !save(false)) {
            return;
        }
        Integer number = feedback.attempt(() -> submissions.submit(current.cohort().id()));
        if (number != null) {
            feedback.done("submission.submitted", number);
            load(current.cohort());
        }
    }

    void openVersions() {
        MyPlan current = plan;
        if (current == null) {
            return;
        }
        autosave();
        Dialog dialog = new Dialog(getTranslation("submission.versions"));
        dialog.addClassName("kc-plan-versions");
        List<PlanVersion> versions = submissions.versions(current.cohort().id());
        if (versions.isEmpty()) {
            dialog.add(new EmptyState(VaadinIcon.TIME_BACKWARD, getTranslation("submission.versions.empty")));
        }
        for (PlanVersion version : versions) {
            String label = getTranslation("submission.version", version.number(),
                    Formats.dateTime(this, version.savedAt()))
                    + (version.restoredFrom() == null ? "" : getTranslation("submission.version.restored",
                            version.restoredFrom()))
                    + (version.submitted() ? getTranslation("submission.version.submitted") : "");
            Button restore = new Button(getTranslation("submission.restore"), click -> {
                Integer restored = feedback.attempt(() -> submissions.restore(current.cohort().id(),
                        version.number()));
                if (restored != null) {
                    dialog.close();
                    feedback.done("submission.restored", version.number(), restored);
                    load(current.cohort());
                }
            });
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            restore.setEnabled(current.open());
            Div row = new Div(new Span(label), restore);
            row.addClassName("kc-plan-version");
            dialog.add(row);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.setWidth("min(30rem, 100vw)");
        dialog.open();
    }

    private Div attachments(MyPlan current) {
        Div area = new Div();
        area.addClassName("kc-plan-attachments");
        area.add(new Span(getTranslation("submission.attachments")));
        for (Attachment attachment : current.attachments()) {
            Div row = new Div(new Span(attachment.fileName() + "（" + SubmissionsExcel.size(attachment.size()) + "）"));
            if (current.open()) {
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                    if (feedback.attempt(() -> {
                        submissions.removeAttachment(current.cohort().id(), attachment.id());
                        return Boolean.TRUE;
                    }) != null) {
                        load(current.cohort());
                    }
                });
                remove.setAriaLabel(getTranslation("submission.attachment.remove"));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                row.add(remove);
            }
            area.add(row);
        }
        if (current.open()) {
            Submissions.UploadLimitsView limits = submissions.limits();
            area.add(new Paragraph(getTranslation("submission.upload.hint", limits.documentMegabytes(),
                    limits.imageMegabytes())));
            Upload upload = new Upload(this::handle);
            upload.setMaxFiles(1);
            upload.setAcceptedFileTypes(".pdf", ".docx", ".png", ".jpg", ".jpeg");
            upload.setMaxFileSize((int) (Math.max(limits.documentMegabytes(), limits.imageMegabytes()) * 1024 * 1024));
            upload.setWidthFull();
            area.add(upload);
        }
        return area;
    }

    private void handle(UploadEvent event) {
        UI ui = event.getUI();
        try (InputStream in = event.getInputStream()) {
            String name = event.getFileName();
            Runnable show = receive(in, name);
            ui.access(show::run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same as an upload from the browser, for a file at hand; returns what to show. */
    Runnable receive(InputStream in, String fileName) {
        MyPlan current = plan;
        if (current == null) {
            return () -> { };
        }
        try {
            Attachment stored = submissions.attach(current.cohort().id(), fileName, in);
            return () -> {
                feedback.done("submission.attached", stored.fileName());
                load(current.cohort());
            };
        } catch (RuntimeException e) {
            return () -> feedback.attempt(() -> {
                throw e;
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("submission.mine.title") + " | " + getTranslation("app.name");
    }
}
