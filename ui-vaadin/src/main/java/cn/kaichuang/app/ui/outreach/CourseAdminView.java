package cn.kaichuang.app.ui.outreach;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.courseware.CoursewareCatalogue;
import cn.kaichuang.courseware.CoursewareItem;
import cn.kaichuang.courseware.CoursewareQuery;
import cn.kaichuang.courseware.CoursewareStatus;
import cn.kaichuang.identity.Role;
import cn.kaichuang.outreach.PremiumCourses;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 精品课程: the province bundles published courseware into courses every trainee may take; learners per course. */
@Route(value = "outreach/courses", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class CourseAdminView extends VerticalLayout implements HasDynamicTitle {

    private final PremiumCourses courses;
    private final CoursewareCatalogue courseware;
    private final Feedback feedback = new Feedback(this, "outreach.error.forbidden");
    final Grid<PremiumCourses.Course> grid = new Grid<>();
    private final EmptyState empty;

    CourseAdminView(PremiumCourses courses, CoursewareCatalogue courseware) {
        this.courses = courses;
        this.courseware = courseware;
        addClassName("kc-view");
        setSizeFull();
        grid.addColumn(PremiumCourses.Course::title).setHeader(getTranslation("outreach.field.title")).setFlexGrow(2);
        grid.addColumn(c -> String.join("、", c.items().stream().map(PremiumCourses.Item::title).toList()))
                .setHeader(getTranslation("outreach.course.items")).setFlexGrow(3);
        grid.addColumn(c -> courses.progress(c.id()).stream().map(p -> p.tenant() + "/" + p.username()).distinct().count())
                .setHeader(getTranslation("outreach.course.learners")).setAutoWidth(true);
        empty = new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("outreach.course.none"));
        add(new H2(getTranslation("nav.outreach-courses")));
        if (CurrentUser.require().is(Role.PROVINCE_ADMIN)) {
            add(Fields.primary(getTranslation("outreach.course.new"), () -> createDialog().open()));
        }
        add(grid, empty);
        refresh();
    }

    void refresh() {
        List<PremiumCourses.Course> all = courses.catalogue();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    FormDialog createDialog() {
        TextField title = Fields.text(this, "outreach.field.title", 200);
        TextArea description = Fields.area(this, "outreach.field.description", 2000);
        MultiSelectComboBox<CoursewareItem> items = new MultiSelectComboBox<>(getTranslation("outreach.course.items"));
        items.setItems(courseware.search(new CoursewareQuery("", null, CoursewareStatus.PUBLISHED), 0, 500));
        items.setItemLabelGenerator(CoursewareItem::title);
        items.setWidthFull();
        return new FormDialog(getTranslation("outreach.course.new"), getTranslation("outreach.create"), () -> {
            Long id = feedback.attempt(() -> courses.create(title.getValue(), description.getValue(),
                    items.getValue().stream().map(CoursewareItem::id).toList()));
            if (id != null) {
                feedback.done("outreach.course.created", title.getValue());
                refresh();
            }
            return id != null;
        }, title, description, items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outreach-courses") + " | " + getTranslation("app.name");
    }
}
