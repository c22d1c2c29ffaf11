package cn.kaichuang.app.ui.institution;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.notification.TodoPanel;
import cn.kaichuang.notification.Todos;
import cn.kaichuang.app.ui.CohortStatuses;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 班期: the institution's cohorts, the latest first, with their status; a name opens the cohort. */
@Route(value = "cohorts", layout = MainLayout.class)
@RolesAllowed({Roles.INSTITUTION_ADMIN, Roles.LECTURER})
public class CohortsView extends VerticalLayout implements HasDynamicTitle {

    CohortsView(Cohorts cohorts, Lecturers lecturers, Todos todos) {
        addClassName("kc-view");
        setSizeFull();
        // What waits for this person, from every feature (待办).
        addComponentAsFirst(new TodoPanel(todos, false));
        List<CohortView> all = cohorts.all();
        Grid<CohortView> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CohortView::name).setHeader(getTranslation("cohorts.name")).setAutoWidth(true)
                .setFlexGrow(2).setFrozen(true);
        grid.addColumn(c -> c.enrolled() + "/" + c.capacity()).setHeader(getTranslation("cohorts.enrolled"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(c -> CourseTypes.name(this, c.courseType())).setHeader(getTranslation("cohorts.course"))
                .setAutoWidth(true);
        grid.addColumn(c -> Formats.date(this, c.startDate())).setHeader(getTranslation("cohorts.start"))
                .setAutoWidth(true);
        grid.addColumn(c -> Formats.date(this, c.endDate())).setHeader(getTranslation("cohorts.end"))
                .setAutoWidth(true);
        // Addresses are long: a fixed share of the width, the full text as a tooltip.
        grid.addColumn(c -> c.venue().address()).setHeader(getTranslation("cohorts.venue")).setWidth("16rem")
                .setFlexGrow(2).setTooltipGenerator(c -> c.venue().address());
        grid.addColumn(c -> CohortStatuses.name(this, c.status())).setHeader(getTranslation("cohorts.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> new RouterLink(getTranslation("cohorts.open"), CohortDetailView.class,
                c.id().value())).setHeader(getTranslation("cohorts.detail")).setAutoWidth(true);
        ListDataProvider<CohortView> items = new ListDataProvider<>(all);
        grid.setItems(items);
        grid.setVisible(!all.isEmpty());
        ComboBox<CohortStatus> status = new ComboBox<>(getTranslation("cohorts.status-filter"));
        status.setItems(CohortStatus.values());
        status.setItemLabelGenerator(s -> CohortStatuses.name(this, s));
        status.setPlaceholder(getTranslation("cohorts.all-statuses"));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(change -> items.setFilter(change.getValue() == null ? null
                : c -> c.status() == change.getValue()));
        status.setVisible(!all.isEmpty());
        EmptyState empty = new EmptyState(VaadinIcon.CALENDAR, getTranslation("cohorts.empty"));
        empty.setVisible(all.isEmpty());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("cohorts.title")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (CurrentUser.get().map(user -> user.is(Role.INSTITUTION_ADMIN)).orElse(false)) {
            header.add(new Button(getTranslation("cohorts.new"), VaadinIcon.PLUS.create(), click ->
                    new NewCohortDialog(lecturers.all(), cohorts::create, created -> getUI().ifPresent(ui ->
                            ui.navigate(CohortDetailView.class, created.value()))).open()));
        }
        add(header, new Span(getTranslation("cohorts.count", all.size())), status, grid, empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.title") + " | " + getTranslation("app.name");
    }
}
