package cn.kaichuang.app.ui.outreach;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.outreach.Mentoring;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 导师: every mentor's specialities and workload (bookings, questions, answered, average rating). */
@Route(value = "outreach/mentors", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class MentorAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Mentoring.Workload> grid = new Grid<>();

    MentorAdminView(Mentoring mentoring) {
        addClassName("kc-view");
        setSizeFull();
        Map<String, Mentoring.Mentor> profiles = mentoring.mentors().stream()
                .collect(Collectors.toMap(Mentoring.Mentor::username, m -> m));
        grid.addColumn(Mentoring.Workload::name).setHeader(getTranslation("outreach.field.name")).setAutoWidth(true);
        grid.addColumn(w -> profiles.containsKey(w.mentor()) ? profiles.get(w.mentor()).specialities() : "")
                .setHeader(getTranslation("outreach.field.specialities")).setFlexGrow(2);
        grid.addColumn(Mentoring.Workload::bookings).setHeader(getTranslation("outreach.mentor.bookings")).setAutoWidth(true);
        grid.addColumn(Mentoring.Workload::questions).setHeader(getTranslation("outreach.mentor.questions")).setAutoWidth(true);
        grid.addColumn(Mentoring.Workload::answered).setHeader(getTranslation("outreach.mentor.answered")).setAutoWidth(true);
        grid.addColumn(w -> w.averageRating() == null ? "—" : "%.1f".formatted(w.averageRating()))
                .setHeader(getTranslation("outreach.mentor.average-rating")).setAutoWidth(true);
        List<Mentoring.Workload> workload = mentoring.workload();
        grid.setItems(workload);
        add(new H2(getTranslation("nav.outreach-mentors")), grid);
        if (workload.isEmpty()) {
            grid.setVisible(false);
            add(new EmptyState(VaadinIcon.USER_STAR, getTranslation("outreach.mentor.none")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outreach-mentors") + " | " + getTranslation("app.name");
    }
}
