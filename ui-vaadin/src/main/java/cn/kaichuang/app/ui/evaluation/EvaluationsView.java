package cn.kaichuang.app.ui.evaluation;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.evaluation.Averages;
import cn.kaichuang.evaluation.Dimension;
import cn.kaichuang.evaluation.EvaluationStatistics;
import cn.kaichuang.evaluation.Evaluations;
import cn.kaichuang.evaluation.InstitutionRating;
import cn.kaichuang.evaluation.LecturerRating;
import cn.kaichuang.evaluation.LecturerSummary;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * 评价统计. A lecturer sees their own averages only from {@value Evaluations#MIN_ANSWERS} answers on
 * (and why not before); the institution admin sees every lecturer and the institution; the
 * province and prefectures see every institution they supervise.
 */
@Route(value = "evaluations", layout = MainLayout.class)
@RolesAllowed({Roles.LECTURER, Roles.INSTITUTION_ADMIN, Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class EvaluationsView extends VerticalLayout implements HasDynamicTitle {

    @Nullable Grid<LecturerRating> lecturers;
    @Nullable Grid<InstitutionRating> institutions;
    final Div summary = new Div();

    EvaluationsView(Evaluations evaluations, EvaluationStatistics statistics) {
        addClassName("kc-view");
        add(new H2(getTranslation("evaluation.title")), summary);
        Caller user = CurrentUser.require();
        if (user.is(Role.LECTURER)) {
            setMaxWidth("40rem");
            LecturerSummary mine = evaluations.mySummary();
            if (mine.averages() == null) {
                summary.add(new EmptyState(VaadinIcon.LOCK, getTranslation("evaluation.hidden", mine.answers(),
                        Evaluations.MIN_ANSWERS)));
            } else {
                summary.add(averages(mine.averages()));
            }
        } else if (user.is(Role.INSTITUTION_ADMIN)) {
            Averages own = evaluations.ofInstitution();
            summary.add(own.answers() == 0 ? new EmptyState(VaadinIcon.STAR_O, getTranslation("evaluation.none"))
                    : averages(own));
            lecturers = new Grid<>();
            lecturers.addColumn(LecturerRating::name).setHeader(getTranslation("evaluation.lecturer"));
            lecturers.addColumn(r -> r.averages().answers()).setHeader(getTranslation("evaluation.answers"));
            for (Dimension d : Dimension.values()) {
                if (d.target() == Dimension.Target.LECTURER) {
                    lecturers.addColumn(number(r -> r.averages().byDimension().get(d)))
                            .setHeader(getTranslation("evaluation.dimension." + d));
                }
            }
            lecturers.addColumn(number(r -> r.averages().overall(Dimension.Target.LECTURER)))
                    .setHeader(getTranslation("evaluation.overall"));
            lecturers.setItems(evaluations.perLecturer());
            lecturers.setAllRowsVisible(true);
            add(new H3(getTranslation("evaluation.per-lecturer")), lecturers);
        } else {
            institutions = new Grid<>();
            institutions.addColumn(InstitutionRating::name).setHeader(getTranslation("evaluation.institution"));
            institutions.addColumn(r -> r.averages().answers()).setHeader(getTranslation("evaluation.answers"));
            institutions.addColumn(number(r -> r.averages().overall(Dimension.Target.LECTURER)))
                    .setHeader(getTranslation("evaluation.target.LECTURER"));
            for (Dimension d : Dimension.values()) {
                if (d.target() == Dimension.Target.INSTITUTION) {
                    institutions.addColumn(number(r -> r.averages().byDimension().get(d)))
                            .setHeader(getTranslation("evaluation.dimension." + d));
                }
            }
            institutions.setItems(statistics.perInstitution());
            institutions.setAllRowsVisible(true);
            add(new H3(getTranslation("evaluation.per-institution")), institutions);
        }
    }

    private Div averages(Averages averages) {
        Div box = new Div();
        box.addClassName("kc-card");
        box.add(new Div(getTranslation("evaluation.answers.count", averages.answers())));
        for (Dimension d : Dimension.values()) {
            Double value = averages.byDimension().get(d);
            if (value != null) {
                box.add(new Div(getTranslation("evaluation.dimension." + d) + "：" + format(value)));
            }
        }
        return box;
    }

    private static <T> ValueProvider<T, String> number(ValueProvider<T, @Nullable Double> value) {
        return item -> {
            Double v = value.apply(item);
            return v == null || v == 0 ? "—" : format(v);
        };
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.title") + " | " + getTranslation("app.name");
    }
}
