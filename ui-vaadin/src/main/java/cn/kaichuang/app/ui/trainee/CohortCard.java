package cn.kaichuang.app.ui.trainee;

import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Ids.LecturerId;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.Map;

/** One cohort as a trainee sees it: what, when, where, with whom, and whether it has begun. */
class CohortCard extends Card {

    CohortCard(CohortView cohort, Map<LecturerId, String> lecturerNames, LocalDate today) {
        addClassName("kc-cohort-card");
        setTitle(cohort.name());
        setSubtitle(new Span(CourseTypes.name(this, cohort.courseType())));
        Span state = new Span(getTranslation(stateKey(cohort, today)));
        state.getElement().getThemeList().add("badge pill");
        setHeaderSuffix(state);
        add(line(VaadinIcon.CALENDAR, getTranslation("learning.dates", Formats.date(this, cohort.startDate()),
                Formats.date(this, cohort.endDate()))));
        add(line(VaadinIcon.MAP_MARKER, cohort.venue().address()));
        LecturerId lead = cohort.leadLecturer();
        if (lead != null && lecturerNames.containsKey(lead)) {
            add(line(VaadinIcon.USER, getTranslation("learning.lecturer") + "：" + lecturerNames.get(lead)));
        }
    }

    private static Div line(VaadinIcon icon, String text) {
        Div line = new Div(icon.create(), new Span(text));
        line.addClassName("kc-card-line");
        return line;
    }

    private static String stateKey(CohortView cohort, LocalDate today) {
        if (today.isBefore(cohort.startDate())) {
            return "learning.state.upcoming";
        }
        return today.isAfter(cohort.endDate()) ? "learning.state.finished" : "learning.state.running";
    }
}
