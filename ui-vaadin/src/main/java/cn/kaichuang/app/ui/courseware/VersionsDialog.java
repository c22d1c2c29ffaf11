package cn.kaichuang.app.ui.courseware;

import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.courseware.CoursewareCatalogue;
import cn.kaichuang.courseware.CoursewareItem;
import cn.kaichuang.courseware.CoursewareProperties;
import cn.kaichuang.courseware.CoursewareVersion;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * An item's versions, newest first, each downloadable through a short-lived link; for the province
 * also the upload of the next version. The upload is streamed to the service without the session
 * lock (a video takes a while); the browser's upload element shows its progress.
 */
class VersionsDialog extends Dialog {

    private final CoursewareCatalogue catalogue;
    private final CoursewareItem item;
    private final Runnable changed;
    private final Feedback feedback = new Feedback(this, "courseware.error.forbidden");
    final Grid<CoursewareVersion> grid = new Grid<>();
    final TextField changeNote = new TextField();
    private volatile String note = "";

    VersionsDialog(CoursewareCatalogue catalogue, CoursewareItem item, boolean curator, Runnable changed) {
        this.catalogue = catalogue;
        this.item = item;
        this.changed = changed;
        setHeaderTitle(getTranslation("courseware.versions.title", item.title()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(v -> "v" + v.number()).setHeader(getTranslation("courseware.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CoursewareVersion::fileName).setHeader(getTranslation("courseware.file")).setFlexGrow(2)
                .setTooltipGenerator(v -> "SHA-256 " + v.sha256Hex());
        grid.addColumn(v -> Labels.size(v.size())).setHeader(getTranslation("courseware.size")).setAutoWidth(true);
        grid.addColumn(v -> Formats.dateTime(this, v.uploadedAt())).setHeader(getTranslation("courseware.uploaded-at"))
                .setAutoWidth(true);
        grid.addColumn(CoursewareVersion::changeNote).setHeader(getTranslation("courseware.change-note")).setFlexGrow(2);
        grid.addComponentColumn(v -> {
            Button open = new Button(getTranslation("courseware.download"), click -> download(v));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);
        if (curator) {
            add(uploadArea());
        }
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        setWidth("min(60rem, 100vw)");
        refresh();
    }

    private com.vaadin.flow.component.Component uploadArea() {
        CoursewareProperties limits = catalogue.limits();
        changeNote.setLabel(getTranslation("courseware.change-note"));
        changeNote.setMaxLength(500);
        changeNote.setWidthFull();
        changeNote.addValueChangeListener(change -> note = change.getValue());
        Upload upload = new Upload(this::handle);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".pptx", ".mp4", ".png", ".jpg", ".jpeg");
        // The server checks again, by content and per kind; this spares a long upload that would be refused.
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, Math.max(limits.maxVideoSize().toBytes(),
                limits.maxDocumentSize().toBytes())));
        upload.setWidthFull();
        com.vaadin.flow.component.html.Div area = new com.vaadin.flow.component.html.Div(
                new Paragraph(getTranslation("courseware.upload.hint", limits.maxDocumentSize().toMegabytes(),
                        limits.maxVideoSize().toMegabytes())), changeNote, upload);
        area.addClassName("kc-upload-area");
        return area;
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
        try {
            return new Outcome(catalogue.upload(item.id(), content, fileName, note), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e);
        }
    }

    private void show(Outcome outcome) {
        CoursewareVersion version = feedback.attempt(() -> {
            if (outcome.refusal() != null) {
                throw outcome.refusal();
            }
            return outcome.version();
        });
        if (version != null) {
            feedback.done("courseware.uploaded", "v" + version.number(), version.fileName());
            changeNote.clear();
            refresh();
            changed.run();
        }
    }

    private void download(CoursewareVersion version) {
        URI url = feedback.attempt(() -> catalogue.downloadUrl(item.id(), version.number()));
        if (url != null) {
            UI.getCurrent().getPage().open(url.toString(), "_blank");
        }
    }

    private void refresh() {
        grid.setItems(catalogue.versions(item.id()));
    }

    private record Outcome(@Nullable CoursewareVersion version, @Nullable RuntimeException refusal) {
    }
}
