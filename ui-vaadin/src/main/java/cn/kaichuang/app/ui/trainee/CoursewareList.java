package cn.kaichuang.app.ui.trainee;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.courseware.CohortCourseware;
import cn.kaichuang.courseware.CohortCoursewareEntry;
import cn.kaichuang.courseware.CoursewareException;
import cn.kaichuang.courseware.CoursewareVersion;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.net.URI;
import java.util.List;

/**
 * A cohort's courseware on the trainee's card: one line per item, opened through a short-lived
 * link at the moment of the tap (a link rendered earlier would have expired).
 */
class CoursewareList extends Div {

    CoursewareList(CohortId cohort, CohortCourseware courseware) {
        addClassName("kc-courseware-list");
        List<CohortCoursewareEntry> entries = courseware.of(cohort);
        if (entries.isEmpty()) {
            return;
        }
        add(new Div(new Span(getTranslation("learning.courseware"))));
        for (CohortCoursewareEntry entry : entries) {
            CoursewareVersion version = entry.version();
            Button open = new Button(getTranslation("learning.courseware.open"), VaadinIcon.EXTERNAL_LINK.create(),
                    click -> open(courseware, cohort, entry));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Span title = new Span(entry.item().title());
            title.getStyle().set("flex", "1 1 auto").set("min-width", "0").set("overflow-wrap", "anywhere");
            Div line = new Div(VaadinIcon.BOOK.create(), title,
                    new Span(version == null ? "" : "v" + version.number()), open);
            line.addClassName("kc-card-line");
            line.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
            add(line);
        }
    }

    private void open(CohortCourseware courseware, CohortId cohort, CohortCoursewareEntry entry) {
        try {
            URI url = courseware.open(cohort, entry.item().id());
            UI.getCurrent().getPage().open(url.toString(), "_blank");
        } catch (CoursewareException e) {
            Notification.show(getTranslation(e.messageKey(), e.argument()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
