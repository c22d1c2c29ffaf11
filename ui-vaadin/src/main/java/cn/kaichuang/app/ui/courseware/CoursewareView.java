package cn.kaichuang.app.ui.courseware;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.courseware.CohortCourseware;
import cn.kaichuang.courseware.CoursewareCatalogue;
import cn.kaichuang.courseware.CoursewareItem;
import cn.kaichuang.courseware.CoursewareQuery;
import cn.kaichuang.courseware.CoursewareStatus;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 课件: the province curates the catalogue (new items, versions, publish, withdraw); an
 * institution admin browses the published courseware and manages a cohort's courseware below it;
 * a lecturer sees the same for the cohorts they lead, without changing it.
 */
@Route(value = "courseware", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.LECTURER})
public class CoursewareView extends VerticalLayout implements HasDynamicTitle {

    private final CoursewareCatalogue catalogue;
    private final boolean curator;
    private final Feedback feedback = new Feedback(this, "courseware.error.forbidden");
    final TextField search = new TextField();
    final ComboBox<CourseType> courseType = new ComboBox<>();
    final ComboBox<CoursewareStatus> status = new ComboBox<>();
    final Grid<CoursewareItem> grid = new Grid<>();
    private final EmptyState empty;

    CoursewareView(CoursewareCatalogue catalogue, CohortCourseware cohortCourseware, Cohorts cohorts) {
        this.catalogue = catalogue;
        Caller user = CurrentUser.require();
        this.curator = user.is(Role.PROVINCE_ADMIN);
        addClassName("kc-view");
        setSizeFull();
        search.setPlaceholder(getTranslation("courseware.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        courseType.setPlaceholder(getTranslation("courseware.all-course-types"));
        courseType.setItems(CourseType.values());
        courseType.setItemLabelGenerator(type -> CourseTypes.name(this, type));
        courseType.setClearButtonVisible(true);
        courseType.addValueChangeListener(change -> refresh());
        status.setPlaceholder(getTranslation("courseware.all-statuses"));
        status.setItems(CoursewareStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("courseware.status." + s.name()));
        status.setClearButtonVisible(true);
        status.setVisible(curator);
        status.addValueChangeListener(change -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, courseType, status);
        toolbar.setWrap(true);
        toolbar.setAlignItems(Alignment.BASELINE);
        if (curator) {
            Button create = new Button(getTranslation("courseware.new"), VaadinIcon.PLUS.create(),
                    click -> new NewCoursewareDialog(catalogue, id -> refresh()).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        columns();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> catalogue.search(query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) catalogue.count(query()));
        empty = new EmptyState(VaadinIcon.BOOK, getTranslation(curator ? "courseware.empty" : "courseware.empty-published"));
        add(new H2(getTranslation("courseware.heading")), toolbar, grid, empty);
        if (!curator) {
            add(cohortSection(cohortCourseware, cohorts, user.is(Role.INSTITUTION_ADMIN)));
        }
        refresh();
    }

    private void columns() {
        grid.addColumn(CoursewareItem::title).setHeader(getTranslation("courseware.title-field")).setFlexGrow(2)
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(item -> Labels.courseTypes(this, item)).setHeader(getTranslation("courseware.course-types"))
                .setAutoWidth(true);
        grid.addColumn(Labels::topic).setHeader(getTranslation("courseware.module")).setFlexGrow(2)
                .setTooltipGenerator(CoursewareItem::description);
        grid.addComponentColumn(item -> Labels.status(this, item.status())).setHeader(getTranslation("courseware.status"))
                .setAutoWidth(true);
        grid.addColumn(item -> item.publishedVersion() == null ? getTranslation("courseware.version.none")
                        : "v" + item.publishedVersion())
                .setHeader(getTranslation("courseware.published-version")).setAutoWidth(true);
        if (curator) {
            grid.addColumn(item -> item.latestVersion() == 0 ? "—" : "v" + item.latestVersion())
                    .setHeader(getTranslation("courseware.latest-version")).setAutoWidth(true);
        }
        grid.addColumn(item -> Formats.dateTime(this, item.updatedAt())).setHeader(getTranslation("courseware.updated-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("courseware.actions")).setAutoWidth(true)
                .setKey("actions");
    }

    private Component actions(CoursewareItem item) {
        HorizontalLayout actions = new HorizontalLayout(small("courseware.versions",
                click -> new VersionsDialog(catalogue, item, curator, this::refresh).open()));
        actions.setSpacing(false);
        if (curator && item.latestVersion() > 0
                && (!item.published() || item.publishedVersion() != null && item.publishedVersion() < item.latestVersion())) {
            actions.add(small("courseware.publish", click -> confirm("courseware.publish",
                    getTranslation("courseware.publish.confirm", item.title(), "v" + item.latestVersion()),
                    () -> catalogue.publish(item.id()), "courseware.published", item)));
        }
        if (curator && item.published()) {
            actions.add(small("courseware.withdraw", click -> confirm("courseware.withdraw",
                    getTranslation("courseware.withdraw.confirm", item.title()),
                    () -> catalogue.withdraw(item.id()), "courseware.withdrawn", item)));
        }
        return actions;
    }

    private void confirm(String actionKey, String text, Runnable action, String doneKey, CoursewareItem item) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(actionKey), text, getTranslation(actionKey), event -> {
            if (feedback.succeeds(action)) {
                feedback.done(doneKey, item.title());
                refresh();
            }
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        if ("courseware.withdraw".equals(actionKey)) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.open();
    }

    private Component cohortSection(CohortCourseware cohortCourseware, Cohorts cohorts, boolean manage) {
        ComboBox<CohortView> cohort = new ComboBox<>(getTranslation("courseware.cohort"));
        cohort.setItems(cohorts.all());
        cohort.setItemLabelGenerator(CohortView::name);
        cohort.setWidth("min(24rem, 100%)");
        Div holder = new Div();
        holder.setWidthFull();
        cohort.addValueChangeListener(change -> {
            holder.removeAll();
            if (change.getValue() != null) {
                holder.add(new CohortCoursewarePanel(change.getValue().id(), cohortCourseware, catalogue, manage));
            }
        });
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("courseware.cohort-section")), cohort, holder);
        section.setPadding(false);
        return section;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        boolean none = catalogue.count(query()) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    private CoursewareQuery query() {
        return new CoursewareQuery(search.getValue(), courseType.getValue(), status.getValue());
    }

    private Button small(String key, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("courseware.heading") + " | " + getTranslation("app.name");
    }
}
