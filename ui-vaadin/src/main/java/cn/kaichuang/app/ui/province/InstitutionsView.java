package cn.kaichuang.app.ui.province;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.SnapshotRun;
import cn.kaichuang.supervision.SupervisedInstitution;
import cn.kaichuang.supervision.SupervisedInstitutions;
import cn.kaichuang.supervision.TenantStatistics;
import cn.kaichuang.tenancy.TenantCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** 机构总览: the supervising authority's list of institutions and their figures. */
@Route(value = "institutions", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class InstitutionsView extends VerticalLayout implements HasDynamicTitle {

    private final SupervisedInstitutions institutions;
    private final Caller user = CurrentUser.require();
    private final Grid<SupervisedInstitution> grid = new Grid<>();
    private final EmptyState empty;

    InstitutionsView(SupervisedInstitutions institutions) {
        this.institutions = institutions;
        addClassName("kc-view");
        setSizeFull();
        String scope = user.is(Role.PREFECTURE_ADMIN)
                ? getTranslation("institutions.scope.prefecture", Regions.name(this, user.regionCode()))
                : getTranslation("institutions.scope.province");
        Button refresh = new Button(getTranslation("institutions.refresh"), VaadinIcon.REFRESH.create(),
                click -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = new Anchor(event -> {
            event.setFileName("institutions-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType(InstitutionsExcel.CONTENT_TYPE);
            InstitutionsExcel.write(institutions.visible(), this, event.getOutputStream());
        }, getTranslation("console.export"));
        export.addClassName("kc-export");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("institutions.title")), refresh, export);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        configureGrid();
        empty = new EmptyState(VaadinIcon.INSTITUTION, getTranslation("institutions.empty"));
        add(header, new Span(scope), grid, empty);
        load();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(InstitutionView.class, click.getItem().tenant().code().value())));
        grid.addColumn(row -> row.tenant().name()).setHeader(getTranslation("institutions.name"))
                .setAutoWidth(true).setFlexGrow(2).setFrozen(true);
        grid.addColumn(row -> row.tenant().code().value()).setHeader(getTranslation("institutions.code"))
                .setAutoWidth(true);
        grid.addColumn(row -> Regions.name(this, row.tenant().regionCode()))
                .setHeader(getTranslation("institutions.region")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("status." + row.tenant().status().name()))
                .setHeader(getTranslation("institutions.status")).setAutoWidth(true);
        figure("institutions.cohorts", TenantStatistics::cohorts);
        figure("institutions.trainees", TenantStatistics::trainees);
        figure("institutions.enrolments", TenantStatistics::enrolments);
        grid.addColumn(row -> row.snapshot().map(s -> Formats.dateTime(this, s.takenAt()))
                        .orElse(getTranslation("institutions.no-snapshot")))
                .setHeader(getTranslation("institutions.snapshot")).setAutoWidth(true);
    }

    private void figure(String headerKey, ToLongFunction<TenantStatistics> value) {
        grid.addColumn(row -> row.snapshot().map(s -> String.valueOf(value.applyAsLong(s)))
                        .orElse(getTranslation("common.none")))
                .setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END).setWidth("6.5rem")
                .setFlexGrow(0);
    }

    private void load() {
        List<SupervisedInstitution> rows = institutions.visible();
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private void refresh() {
        SnapshotRun run = institutions.refresh();
        Notification done = Notification.show(getTranslation("institutions.refreshed", run.refreshed()));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (!run.failed().isEmpty()) {
            Notification failed = Notification.show(getTranslation("institutions.refresh-failed",
                    run.failed().stream().map(TenantCode::value).collect(Collectors.joining(", "))));
            failed.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("institutions.title") + " | " + getTranslation("app.name");
    }
}
