package cn.kaichuang.app.ui.review;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.review.Assignment;
import cn.kaichuang.review.AssignmentState;
import cn.kaichuang.review.BlindPlan;
import cn.kaichuang.review.Reviews;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 方案评审: the expert's assigned plans, each known by its plan number only, and the score form of
 * the one opened. The list is short (an expert's assignments), so it is not paged.
 */
@Route(value = "reviews", layout = MainLayout.class)
@RolesAllowed(Roles.EXPERT)
public class ReviewsView extends VerticalLayout implements HasDynamicTitle {

    private final Reviews reviews;
    final Grid<Assignment> grid = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    @Nullable ScoreForm form;

    ReviewsView(Reviews reviews) {
        this.reviews = reviews;
        addClassName("kc-view");
        add(new H2(getTranslation("review.title")));
        List<Assignment> mine = reviews.mine();
        if (mine.isEmpty()) {
            add(new EmptyState(VaadinIcon.CLIPBOARD_CHECK, getTranslation("review.empty")));
            return;
        }
        grid.addColumn(Assignment::planNumber).setHeader(getTranslation("review.plan-number")).setSortable(true);
        grid.addColumn(a -> a.type().chineseName()).setHeader(getTranslation("review.plan-type"));
        grid.addColumn(a -> getTranslation("review.round." + a.round())).setHeader(getTranslation("review.round"));
        grid.addColumn(a -> getTranslation("review.state." + a.state().name()))
                .setHeader(getTranslation("review.state"));
        grid.addColumn(a -> a.state() == AssignmentState.SCORED ? String.valueOf(a.total()) : "")
                .setHeader(getTranslation("review.total"));
        grid.addComponentColumn(a -> {
            Button open = new Button(getTranslation("review.open"), click -> open(a.id()));
            open.addClassName("kc-review-open");
            return open;
        });
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        detail.setPadding(false);
        add(grid, detail);
    }

    void open(long assignmentId) {
        detail.removeAll();
        form = null;
        reviews.open(assignmentId).ifPresentOrElse(this::show,
                () -> detail.add(new EmptyState(VaadinIcon.BAN, getTranslation("review.error.not-found"))));
    }

    private void show(BlindPlan plan) {
        form = new ScoreForm(plan, reviews, () -> grid.setItems(reviews.mine()));
        detail.add(new PlanSummary(plan), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " | " + getTranslation("app.name");
    }
}
