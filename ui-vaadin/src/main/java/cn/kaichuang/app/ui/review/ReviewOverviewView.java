package cn.kaichuang.app.ui.review;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.console.EChart;
import cn.kaichuang.review.Grade;
import cn.kaichuang.review.InstitutionReviews;
import cn.kaichuang.review.ReviewReports;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 评审总览: the province's view of the expert review across institutions: plans allocated, reviewed,
 * waiting for a third reviewer, and the grades, with a stacked chart of the grades.
 */
@Route(value = "review-overview", layout = MainLayout.class)
@RolesAllowed(Roles.PROVINCE_ADMIN)
public class ReviewOverviewView extends VerticalLayout implements HasDynamicTitle {

    final Grid<InstitutionReviews> grid = new Grid<>();
    final EChart chart = new EChart();
    final List<InstitutionReviews> lines;

    ReviewOverviewView(ReviewReports reports) {
        addClassName("kc-view");
        add(new H2(getTranslation("review-overview.title")));
        lines = reports.institutions();
        if (lines.isEmpty()) {
            add(new EmptyState(VaadinIcon.CLIPBOARD_CHECK, getTranslation("review-overview.empty")));
            return;
        }
        grid.addColumn(InstitutionReviews::institutionName).setHeader(getTranslation("review-overview.institution"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(InstitutionReviews::plans).setHeader(getTranslation("review-overview.plans")).setSortable(true);
        grid.addColumn(InstitutionReviews::reviewed).setHeader(getTranslation("review-overview.reviewed"))
                .setSortable(true);
        grid.addColumn(InstitutionReviews::awaitingSecondRound).setHeader(getTranslation("review-overview.waiting"));
        grid.addColumn(i -> i.scoredAssignments() + " / " + i.assignments())
                .setHeader(getTranslation("review-overview.scored"));
        for (Grade g : Grade.values()) {
            grid.addColumn(i -> i.grades().getOrDefault(g, 0)).setHeader(g.chineseName()).setKey(g.name());
        }
        grid.setAllRowsVisible(true);
        chart.setId("review-overview-chart");
        chart.setOption(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", Arrays.stream(Grade.values()).map(Grade::chineseName).toList()),
                "xAxis", Map.of("type", "category", "data", lines.stream().map(InstitutionReviews::institutionName)
                        .toList()),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", Arrays.stream(Grade.values()).map(g -> Map.of("name", g.chineseName(), "type", "bar",
                        "stack", "grades", "data", lines.stream().map(i -> i.grades().getOrDefault(g, 0)).toList()))
                        .toList()));
        add(grid, chart);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review-overview.title") + " | " + getTranslation("app.name");
    }
}
