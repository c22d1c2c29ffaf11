package cn.kaichuang.app.ui.courseware;

import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.courseware.CohortCourseware;
import cn.kaichuang.courseware.CohortCoursewareEntry;
import cn.kaichuang.courseware.CoursewareCatalogue;
import cn.kaichuang.courseware.CoursewareItem;
import cn.kaichuang.courseware.CoursewareQuery;
import cn.kaichuang.courseware.CoursewareStatus;
import cn.kaichuang.courseware.CoursewareVersion;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One cohort's courseware: its institution admin attaches published courseware at the latest
 * published version or a pinned one, changes the version, detaches; everyone who reaches the
 * cohort opens it. Self-contained (it needs only the cohort), so a cohort's detail view can show
 * it as it is.
 */
public class CohortCoursewarePanel extends VerticalLayout {

    private final CohortId cohort;
    private final CohortCourseware cohortCourseware;
    private final CoursewareCatalogue catalogue;
    private final Feedback feedback = new Feedback(this, "courseware.error.forbidden");
    final Grid<CohortCoursewareEntry> grid = new Grid<>();
    private final EmptyState empty;
    private final boolean manage;

    /** @param manage whether to offer changes (the institution admin); the service checks again */
    public CohortCoursewarePanel(CohortId cohort, CohortCourseware cohortCourseware, CoursewareCatalogue catalogue,
            boolean manage) {
        this.manage = manage;
        this.cohort = cohort;
        this.cohortCourseware = cohortCourseware;
        this.catalogue = catalogue;
        addClassName("kc-cohort-courseware");
        setPadding(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(entry -> entry.item().title()).setHeader(getTranslation("courseware.title-field"))
                .setFlexGrow(2).setAutoWidth(true);
        grid.addColumn(entry -> Labels.courseTypes(this, entry.item())).setHeader(getTranslation("courseware.course-types"))
                .setAutoWidth(true);
        grid.addColumn(this::versionLabel).setHeader(getTranslation("courseware.version")).setAutoWidth(true);
        grid.addComponentColumn(entry -> Labels.status(this, entry.item().status()))
                .setHeader(getTranslation("courseware.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("courseware.actions")).setAutoWidth(true)
                .setKey("actions");
        grid.setAllRowsVisible(true);
        empty = new EmptyState(VaadinIcon.BOOK, getTranslation("courseware.cohort.empty"));
        Button attach = new Button(getTranslation("courseware.attach"), VaadinIcon.PLUS.create(),
                click -> new AttachDialog(null).open());
        attach.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        attach.setVisible(manage);
        add(attach, grid, empty);
        refresh();
    }

    void refresh() {
        List<CohortCoursewareEntry> entries = cohortCourseware.of(cohort);
        grid.setItems(entries);
        grid.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
    }

    private String versionLabel(CohortCoursewareEntry entry) {
        CoursewareVersion version = entry.version();
        String number = version == null ? "—" : "v" + version.number();
        return entry.pinnedVersion() == null ? getTranslation("courseware.version.latest", number)
                : getTranslation("courseware.version.pinned", number);
    }

    private Component actions(CohortCoursewareEntry entry) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (entry.openable()) {
            actions.add(small("courseware.open", click -> {
                URI url = feedback.attempt(() -> cohortCourseware.open(cohort, entry.item().id()));
                if (url != null) {
                    UI.getCurrent().getPage().open(url.toString(), "_blank");
                }
            }));
        }
        if (!manage) {
            return actions;
        }
        if (entry.item().published()) {
            actions.add(small("courseware.change-version", click -> new AttachDialog(entry).open()));
        }
        actions.add(small("courseware.detach", click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("courseware.detach"),
                    getTranslation("courseware.detach.confirm", entry.item().title()), getTranslation("courseware.detach"),
                    event -> {
                        if (feedback.succeeds(() -> cohortCourseware.detach(cohort, entry.item().id()))) {
                            feedback.done("courseware.detached", entry.item().title());
                            refresh();
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }));
        return actions;
    }

    private Button small(String key, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** A version choice: a number, or null for "the latest published". */
    record VersionChoice(@Nullable Integer number, String label) {
    }

    /** Picks a published item (or keeps the given one) and the version the cohort gets. */
    class AttachDialog extends Dialog {

        final ComboBox<CoursewareItem> item = new ComboBox<>();
        final ComboBox<VersionChoice> version = new ComboBox<>();

        AttachDialog(@Nullable CohortCoursewareEntry existing) {
            setHeaderTitle(getTranslation(existing == null ? "courseware.attach" : "courseware.change-version"));
            item.setLabel(getTranslation("courseware.item"));
            item.setItemLabelGenerator(CoursewareItem::title);
            item.setWidthFull();
            if (existing == null) {
                item.setItems(query -> catalogue.search(new CoursewareQuery(query.getFilter().orElse(null), null,
                        CoursewareStatus.PUBLISHED), query.getOffset(), query.getLimit()).stream());
            } else {
                item.setItems(existing.item());
                item.setValue(existing.item());
                item.setReadOnly(true);
            }
            version.setLabel(getTranslation("courseware.version"));
            version.setItemLabelGenerator(VersionChoice::label);
            version.setWidthFull();
            item.addValueChangeListener(change -> versionsOf(change.getValue()));
            versionsOf(item.getValue());
            if (existing != null) {
                version.getListDataView().getItems().filter(c -> java.util.Objects.equals(c.number(),
                        existing.pinnedVersion())).findFirst().ifPresent(version::setValue);
            }
            add(new VerticalLayout(item, version));
            Button save = new Button(getTranslation(existing == null ? "courseware.attach" : "courseware.change-version"),
                    click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
            setWidth("min(32rem, 100vw)");
        }

        private void versionsOf(@Nullable CoursewareItem chosen) {
            List<VersionChoice> choices = new ArrayList<>();
            if (chosen != null) {
                choices.add(new VersionChoice(null, getTranslation("courseware.version.latest",
                        "v" + chosen.publishedVersion())));
                catalogue.versions(chosen.id()).forEach(v -> choices.add(new VersionChoice(v.number(),
                        getTranslation("courseware.version.pinned", "v" + v.number()) + " · " + v.fileName())));
            }
            version.setItems(choices);
            if (!choices.isEmpty()) {
                version.setValue(choices.getFirst());
            }
        }

        void save() {
            CoursewareItem chosen = item.getValue();
            VersionChoice choice = version.getValue();
            if (chosen == null || choice == null) {
                feedback.error(getTranslation("courseware.error.pick-item"));
                return;
            }
            if (feedback.succeeds(() -> cohortCourseware.attach(cohort, chosen.id(), choice.number()))) {
                feedback.done("courseware.attached", chosen.title(), choice.label());
                close();
                refresh();
            }
        }
    }
}
