package cn.kaichuang.app.ui.province;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.cohort.CohortCensus;
import cn.kaichuang.supervision.ConsoleSnapshots;
import cn.kaichuang.supervision.LiveInstitution;
import cn.kaichuang.supervision.SupervisedInstitution;
import cn.kaichuang.supervision.TenantStatistics;
import cn.kaichuang.tenancy.InvalidTenantCodeException;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * 机构详情 at {@code /institution/<code>}. The code comes from the URL, so anyone can type
 * another one: an institution outside the caller's supervision is answered exactly like an
 * unknown code (not found), and the core service records the attempt. The registry entry and
 * the latest snapshot are shown beside figures and cohorts read live from the institution's
 * schema: the console's drill-down.
 */
@Route(value = "institution", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class InstitutionView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ConsoleSnapshots console;
    private String title = "";

    InstitutionView(ConsoleSnapshots console) {
        this.console = console;
        addClassName("kc-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        LiveInstitution live = parse(code).flatMap(console::live)
                .orElseThrow(() -> new NotFoundException(getTranslation("institution.not-found")));
        SupervisedInstitution institution = live.institution();
        Tenant tenant = institution.tenant();
        title = tenant.name();
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(tenant.code().value()), getTranslation("institutions.code"));
        facts.addFormItem(new Span(Regions.name(this, tenant.regionCode())), getTranslation("institutions.region"));
        facts.addFormItem(new Span(getTranslation("status." + tenant.status().name())),
                getTranslation("institutions.status"));
        Optional<TenantStatistics> snapshot = institution.snapshot();
        facts.addFormItem(new Span(snapshot.map(s -> String.valueOf(s.cohorts())).orElse(getTranslation("common.none"))),
                getTranslation("institutions.cohorts"));
        facts.addFormItem(new Span(snapshot.map(s -> String.valueOf(s.trainees())).orElse(getTranslation("common.none"))),
                getTranslation("institutions.trainees"));
        facts.addFormItem(new Span(snapshot.map(s -> Formats.dateTime(this, s.takenAt()))
                .orElse(getTranslation("institutions.no-snapshot"))), getTranslation("institutions.snapshot"));
        CohortCensus.Result census = live.census();
        FormLayout now = new FormLayout();
        now.setId("institution-live");
        now.addFormItem(new Span(String.valueOf(census.cohorts().size())), getTranslation("institutions.cohorts"));
        now.addFormItem(new Span(String.valueOf(census.trainees())), getTranslation("institutions.trainees"));
        now.addFormItem(new Span(String.valueOf(census.enrolments())), getTranslation("institutions.enrolments"));
        now.addFormItem(new Span(String.valueOf(census.lecturers())), getTranslation("institution.lecturers"));
        removeAll();
        add(new H2(tenant.name()), facts,
                new H3(getTranslation("institution.live", Formats.dateTime(this, live.readAt()))), now, cohorts(census));
    }

    private Grid<CohortCensus.Line> cohorts(CohortCensus.Result census) {
        Grid<CohortCensus.Line> grid = new Grid<>();
        grid.setId("institution-cohorts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CohortCensus.Line::name).setHeader(getTranslation("cohorts.name")).setAutoWidth(true)
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(c -> getTranslation("course." + c.courseType().name())).setHeader(getTranslation("cohorts.course"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("console.status." + c.status().name()))
                .setHeader(getTranslation("console.status")).setAutoWidth(true);
        grid.addColumn(c -> Formats.date(this, c.startDate())).setHeader(getTranslation("cohorts.start"))
                .setAutoWidth(true);
        grid.addColumn(c -> Formats.date(this, c.endDate())).setHeader(getTranslation("cohorts.end"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.enrolled() + "/" + c.capacity()).setHeader(getTranslation("cohorts.enrolled"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(census.cohorts());
        grid.setAllRowsVisible(census.cohorts().size() <= 20);
        return grid;
    }

    private static Optional<TenantCode> parse(String code) {
        try {
            return Optional.of(TenantCode.of(code));
        } catch (InvalidTenantCodeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
