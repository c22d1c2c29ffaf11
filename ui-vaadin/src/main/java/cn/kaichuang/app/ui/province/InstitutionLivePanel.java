package cn.kaichuang.app.ui.province;

import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.cohort.CohortCensus;
import cn.kaichuang.supervision.LiveInstitution;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The console's drill-down: figures and cohorts read live from the institution's schema. */
class InstitutionLivePanel extends VerticalLayout {

    InstitutionLivePanel(LiveInstitution live) {
        setPadding(false);
        CohortCensus.Result census = live.census();
        FormLayout now = new FormLayout();
        now.setId("institution-live");
        now.addFormItem(new Span(String.valueOf(census.cohorts().size())), getTranslation("institutions.cohorts"));
        now.addFormItem(new Span(String.valueOf(census.trainees())), getTranslation("institutions.trainees"));
        now.addFormItem(new Span(String.valueOf(census.enrolments())), getTranslation("institutions.enrolments"));
        now.addFormItem(new Span(String.valueOf(census.lecturers())), getTranslation("institution.lecturers"));
        add(new H3(getTranslation("institution.live", Formats.dateTime(this, live.readAt()))), now, cohorts(census));
    }

    private Grid<CohortCensus.Line> cohorts(CohortCensus.Result census) {
        Grid<CohortCensus.Line> grid = new Grid<>();
        grid.setId("institution-cohorts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CohortCensus.Line::name).setHeader(getTranslation("cohorts.name")).setAutoWidth(true)
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(c -> getTranslation("course." + c.courseType().name())).setHeader(getTranslation("cohorts.course"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("cohort.status." + c.status().name()))
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
}
