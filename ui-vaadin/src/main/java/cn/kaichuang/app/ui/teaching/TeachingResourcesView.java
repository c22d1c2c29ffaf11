package cn.kaichuang.app.ui.teaching;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.teaching.ResourceView;
import cn.kaichuang.teaching.TeachingProperties;
import cn.kaichuang.teaching.TeachingResources;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
 * 教学资源: a cohort's courseware (MP4, PDF, PPTX, pictures) in the institution's bucket. The
 * upload streams to the service without the session lock (videos take a while); the server sniffs
 * the type and checks the size again.
 */
@Route(value = "teaching/resources", layout = MainLayout.class)
@RolesAllowed({Roles.LECTURER, Roles.INSTITUTION_ADMIN})
public class TeachingResourcesView extends VerticalLayout implements HasDynamicTitle {

    private final TeachingResources resources;
    private final Feedback feedback = new Feedback(this, "teaching.error.forbidden");
    final ComboBox<CohortView> cohort = new ComboBox<>();
    final TextField title = new TextField();
    final Grid<ResourceView> grid = new Grid<>();
    final EmptyState empty;
    private volatile String pendingTitle = "";
    private volatile @Nullable CohortView pendingCohort;

    TeachingResourcesView(TeachingResources resources, Cohorts cohorts) {
        this.resources = resources;
        addClassName("kc-view");
        add(new H2(getTranslation("teaching.resources.title")));
        empty = new EmptyState(VaadinIcon.BOOK, getTranslation("teaching.resources.empty"));
        List<CohortView> all = cohorts.all();
        if (all.isEmpty()) {
            add(new EmptyState(VaadinIcon.CALENDAR, getTranslation("teaching.no-cohorts")));
            return;
        }
        cohort.setLabel(getTranslation("teaching.cohort"));
        cohort.setItems(all);
        cohort.setItemLabelGenerator(CohortView::name);
        cohort.setWidth("min(24rem, 100%)");
        cohort.addValueChangeListener(change -> {
            pendingCohort = change.getValue();
            refresh();
        });
        title.setLabel(getTranslation("teaching.resource.title"));
        title.setMaxLength(200);
        title.setWidth("min(24rem, 100%)");
        title.addValueChangeListener(change -> pendingTitle = change.getValue());
        TeachingProperties limits = resources.limits();
        Upload upload = new Upload(this::handle);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".mp4", ".pdf", ".pptx", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, Math.max(limits.maxVideoSize().toBytes(),
                limits.maxDocumentSize().toBytes())));
        Div area = new Div(new Paragraph(getTranslation("teaching.resources.hint", limits.maxVideoSize().toMegabytes(),
                limits.maxDocumentSize().toMegabytes(), limits.maxImageSize().toMegabytes())), title, upload);
        area.addClassName("kc-upload-area");
        area.setWidthFull();
        configureGrid();
        add(new HorizontalLayout(cohort), area, grid, empty);
        cohort.setValue(all.getFirst());
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ResourceView::title).setHeader(getTranslation("teaching.resource.title")).setFlexGrow(2)
                .setKey("title");
        grid.addColumn(r -> getTranslation("teaching.resource-kind." + r.kind().name()))
                .setHeader(getTranslation("teaching.resource.kind")).setAutoWidth(true).setKey("kind");
        grid.addColumn(r -> r.durationSeconds() != null
                        ? getTranslation("teaching.resource.duration", Math.round(r.durationSeconds()))
                        : getTranslation("teaching.resource.pages", r.pages()))
                .setHeader(getTranslation("teaching.resource.length")).setAutoWidth(true).setKey("length");
        grid.addColumn(r -> Labels.size(r.size())).setHeader(getTranslation("teaching.resource.size"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(this, r.uploadedAt()))
                .setHeader(getTranslation("teaching.resource.uploaded-at")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button preview = new Button(getTranslation("teaching.resource.preview"),
                    click -> UI.getCurrent().navigate(ResourcePlayerView.class, r.id().value()));
            preview.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button remove = new Button(getTranslation("teaching.resource.remove"), click -> confirmRemove(r));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(preview, remove);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
    }

    void refresh() {
        CohortView chosen = cohort.getValue();
        List<ResourceView> rows = chosen == null ? List.of() : resources.of(chosen.id());
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private void handle(UploadEvent event) {
        UI ui = event.getUI();
        Outcome outcome;
        try (InputStream in = event.getInputStream()) {
            outcome = store(in, event.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ui.access(() -> show(outcome));
    }

    /** The same as an upload from the browser, for a file already at hand. */
    void receive(InputStream content, String fileName) {
        show(store(content, fileName));
    }

    private Outcome store(InputStream content, String fileName) {
        CohortView target = pendingCohort;
        if (target == null) {
            return new Outcome(null, null);
        }
        try {
            String name = pendingTitle.isBlank() ? fileName.replaceFirst("\\.[^.]*$", "") : pendingTitle;
            return new Outcome(resources.upload(target.id(), name, fileName, content), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e);
        }
    }

    private void show(Outcome outcome) {
        ResourceView stored = feedback.attempt(() -> {
            if (outcome.refusal() != null) {
                throw outcome.refusal();
            }
            return outcome.resource();
        });
        if (stored != null) {
            feedback.done("teaching.resources.uploaded", stored.title());
            title.clear();
            refresh();
        }
    }

    void confirmRemove(ResourceView resource) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("teaching.resource.remove"),
                getTranslation("teaching.resource.remove-confirm", resource.title()),
                getTranslation("teaching.resource.remove"), event -> {
                    if (feedback.succeeds(() -> resources.remove(resource.id()))) {
                        feedback.done("teaching.resources.removed", resource.title());
                        refresh();
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private record Outcome(@Nullable ResourceView resource, @Nullable RuntimeException refusal) {
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teaching.resources.title") + " | " + getTranslation("app.name");
    }
}
