package cn.kaichuang.app.ui.teaching;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.teaching.Completion;
import cn.kaichuang.teaching.CompletionStatus;
import cn.kaichuang.teaching.LecturerProfile;
import cn.kaichuang.teaching.MyTask;
import cn.kaichuang.teaching.TaskId;
import cn.kaichuang.teaching.TeachingException;
import cn.kaichuang.teaching.TeachingTasks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One task for the trainee: what, by when, for which session, who set it (the lecturer's
 * profile), the lecturer's comment when it came back, and completing it with text or a file. A
 * task to study a resource leads to the player and completes itself there.
 */
@Route(value = "my-task", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class TaskDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TeachingTasks tasks;
    private final Feedback feedback = new Feedback(this, "teaching.error.forbidden");
    final TextArea evidence = new TextArea();
    final Button complete = new Button();
    @Nullable MyTask task;
    private @Nullable String fileName;
    private byte @Nullable [] file;

    TaskDetailView(TeachingTasks tasks) {
        this.tasks = tasks;
        addClassName("kc-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(new TaskId(id));
    }

    void show(TaskId id) {
        removeAll();
        fileName = null;
        file = null;
        try {
            task = tasks.mine(id);
        } catch (TeachingException e) {
            task = null;
            add(new H2(getTranslation("teaching.task.title-detail")),
                    new EmptyState(VaadinIcon.TASKS, Feedback.message(this, e)));
            return;
        }
        MyTask t = task;
        Div header = new Div(new H2(t.task().title()), Labels.badge(this, t));
        header.addClassName("kc-task-header");
        header.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("flex-wrap", "wrap");
        add(header);
        add(Labels.line(VaadinIcon.TAG, getTranslation("teaching.kind." + t.task().kind().name())));
        add(Labels.line(VaadinIcon.CALENDAR_CLOCK, getTranslation("teaching.due",
                Formats.dateTime(this, t.task().due()))));
        add(Labels.line(VaadinIcon.ACADEMY_CAP, t.sessionTopic() == null ? t.cohortName()
                : t.cohortName() + " · " + getTranslation("teaching.session") + "：" + t.sessionTopic()));
        if (!t.task().description().isBlank()) {
            Paragraph description = new Paragraph(t.task().description());
            description.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            add(description);
        }
        if (t.lecturer() != null) {
            add(profile(t.lecturer()));
        }
        Completion completion = t.completion();
        if (t.status() == CompletionStatus.RETURNED && completion != null) {
            Div returned = new Div(new Span(getTranslation("teaching.returned-comment")),
                    new Paragraph(String.valueOf(completion.returnComment())));
            returned.addClassName("kc-task-returned");
            returned.getStyle().set("background", "var(--lumo-error-color-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                    .set("width", "100%").set("box-sizing", "border-box");
            add(returned);
        }
        if (t.task().kind().automatic()) {
            add(new Paragraph(getTranslation("teaching.task.automatic-hint", String.valueOf(t.resourceTitle()))));
            if (t.task().resource() != null) {
                Button study = new Button(getTranslation("teaching.task.study"), VaadinIcon.PLAY.create(),
                        click -> UI.getCurrent().navigate(ResourcePlayerView.class,
                                t.task().resource().value()));
                study.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(study);
            }
        } else if (t.status() == CompletionStatus.COMPLETED && completion != null) {
            add(done(t, completion));
        } else {
            add(form());
        }
        Button back = new Button(getTranslation("teaching.back-to-tasks"), VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate(MyTasksView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back);
    }

    private Card profile(LecturerProfile lecturer) {
        Card card = new Card();
        card.addClassName("kc-lecturer-profile");
        card.setTitle(new Span(lecturer.name()));
        card.setSubtitle(new Span(getTranslation("teaching.lecturer-profile")));
        card.add(Labels.line(VaadinIcon.DIPLOMA, getTranslation("teaching.qualification") + "："
                + lecturer.qualificationNo()));
        card.add(Labels.line(VaadinIcon.BOOK, getTranslation("teaching.teaches") + "："
                + lecturer.courseTypes().stream().map(c -> CourseTypes.name(this, c)).sorted()
                .collect(Collectors.joining("、"))));
        card.setWidthFull();
        return card;
    }

    private Div done(MyTask t, Completion completion) {
        Div done = new Div();
        done.add(new Paragraph(getTranslation(completion.late() ? "teaching.completed-at-late" : "teaching.completed-at",
                Formats.dateTime(this, completion.completedAt()))));
        if (completion.text() != null) {
            Paragraph text = new Paragraph(completion.text());
            text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            done.add(text);
        }
        if (completion.file() != null) {
            Button open = new Button(completion.file().fileName() + "（" + Labels.size(completion.file().size()) + "）",
                    VaadinIcon.DOWNLOAD.create(), click -> {
                        URI url = feedback.attempt(() -> tasks.evidence(t.task().id(), completion.trainee()));
                        if (url != null) {
                            UI.getCurrent().getPage().open(url.toString(), "_blank");
                        }
                    });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            done.add(open);
        }
        return done;
    }

    private Div form() {
        evidence.setLabel(getTranslation("teaching.evidence.text"));
        evidence.setMaxLength(2000);
        evidence.setWidthFull();
        evidence.setMinHeight("6rem");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            fileName = metadata.fileName();
            file = data;
        })));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".pptx", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, 64L * 1024 * 1024));
        upload.setUploadButton(new Button(getTranslation("teaching.evidence.file"), VaadinIcon.UPLOAD.create()));
        upload.addFileRemovedListener(removed -> {
            file = null;
            fileName = null;
        });
        upload.setWidthFull();
        complete.setText(getTranslation("teaching.complete"));
        complete.setIcon(VaadinIcon.CHECK.create());
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setWidthFull();
        complete.addClickListener(click -> complete());
        Div form = new Div(evidence, upload, complete);
        form.addClassName("kc-task-form");
        form.setWidthFull();
        return form;
    }

    /** The same as a file picked in the browser. */
    void attach(String name, byte[] content) {
        fileName = name;
        file = content;
    }

    void complete() {
        MyTask t = task;
        if (t == null) {
            return;
        }
        byte[] content = file;
        Completion done = feedback.attempt(() -> tasks.complete(t.task().id(), evidence.getValue(), fileName,
                content == null ? null : new ByteArrayInputStream(content)));
        if (done != null) {
            feedback.done("teaching.completed");
            show(t.task().id());
        }
    }

    @Override
    public String getPageTitle() {
        return (task == null ? getTranslation("teaching.task.title-detail") : task.task().title()) + " | "
                + getTranslation("app.name");
    }
}
