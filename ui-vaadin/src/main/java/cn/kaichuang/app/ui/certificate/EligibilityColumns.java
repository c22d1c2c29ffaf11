package cn.kaichuang.app.ui.certificate;

import cn.kaichuang.certificate.Eligibility;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;

/** The columns of the certificate page: trainee, what they met, the override, the certificate. */
record EligibilityColumns(Component view, Grid<Eligibility> grid, RowActions actions) {

    void addTo() {
        grid.addColumn(Eligibility::traineeName).setHeader(view.getTranslation("certificates.trainee"))
                .setAutoWidth(true).setFrozen(true).setSortable(true);
        grid.addComponentColumn(this::status).setHeader(view.getTranslation("certificates.status")).setAutoWidth(true);
        grid.addColumn(this::unmet).setHeader(view.getTranslation("certificates.unmet")).setFlexGrow(2)
                .setTooltipGenerator(this::unmet);
        grid.addColumn(e -> e.overrideReason() == null ? "" : e.overrideReason())
                .setHeader(view.getTranslation("certificates.override-reason")).setFlexGrow(2);
        grid.addColumn(e -> e.certificate() == null ? "" : e.certificate())
                .setHeader(view.getTranslation("certificates.serial")).setAutoWidth(true);
        grid.addComponentColumn(actions::of).setHeader(view.getTranslation("certificates.actions")).setAutoWidth(true);
    }

    private Span status(Eligibility e) {
        String key = e.certificate() != null ? "certificates.state.issued"
                : e.eligible() ? "certificates.state.eligible" : "certificates.state.not-eligible";
        Span badge = new Span(view.getTranslation(key));
        badge.getElement().getThemeList().add(e.certificate() != null ? "badge success"
                : e.eligible() ? "badge" : "badge contrast");
        return badge;
    }

    private String unmet(Eligibility e) {
        return e.unmet().stream().map(view::getTranslation).collect(Collectors.joining("；"));
    }
}
