package cn.kaichuang.app.ui.review;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Role;
import cn.kaichuang.review.ReviewReports;
import cn.kaichuang.review.ReviewSummary;
import cn.kaichuang.review.Reviews;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 评审结果: a cohort's expert review for its institution. The admin allocates the submitted plans to
 * experts of other institutions; everyone here follows the progress, sees each plan's scores, final
 * score and grade, and takes the summary sheet as PDF (to print and sign) or Excel.
 */
@Route(value = "review-results", layout = MainLayout.class)
@RolesAllowed({Roles.INSTITUTION_ADMIN, Roles.LECTURER})
public class CohortReviewsView extends VerticalLayout implements HasDynamicTitle {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final Reviews reviews;
    private final ReviewReports reports;
    private final Feedback feedback = new Feedback(this, "submission.error.forbidden");
    private final TenantCode tenant;
    final ComboBox<CohortView> cohort = new ComboBox<>();
    final Button allocate = new Button();
    final Span progress = new Span();
    final ProgressBar bar = new ProgressBar();
    final Grid<ReviewSummary.Line> grid = new Grid<>();
    final EmptyState empty;
    @Nullable ReviewSummary summary;

    CohortReviewsView(Reviews reviews, ReviewReports reports, Cohorts cohorts, AccessPolicy policy) {
        this.reviews = reviews;
        this.reports = reports;
        this.tenant = TenantContext.require();
        addClassName("kc-view");
        add(new H2(getTranslation("review-results.title")));
        empty = new EmptyState(VaadinIcon.FILE_TEXT_O, getTranslation("review-results.empty"));
        List<CohortView> all = cohorts.all();
        if (all.isEmpty()) {
            add(new EmptyState(VaadinIcon.CALENDAR, getTranslation("submission.staff.no-cohorts")));
            return;
        }
        cohort.setLabel(getTranslation("submission.cohort"));
        cohort.setItems(all);
        cohort.setItemLabelGenerator(CohortView::name);
        cohort.setWidth("min(24rem, 100%)");
        cohort.addValueChangeListener(change -> refresh());
        allocate.setText(getTranslation("review-results.allocate"));
        allocate.setIcon(VaadinIcon.RANDOM.create());
        allocate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        allocate.addClickListener(click -> allocate());
        allocate.setVisible(policy.caller().is(Role.INSTITUTION_ADMIN));
        Anchor pdf = new Anchor(event -> {
            CohortView chosen = Objects.requireNonNull(cohort.getValue());
            event.setFileName("review-summary-" + chosen.id().value() + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(reports.summaryPdf(tenant, chosen.id()));
        }, getTranslation("review-results.pdf"));
        pdf.addClassName("kc-export");
        pdf.setId("review-summary-pdf");
        Anchor excel = new Anchor(event -> {
            CohortView chosen = Objects.requireNonNull(cohort.getValue());
            event.setFileName("review-summary-" + chosen.id().value() + "-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            reports.summaryExcel(tenant, chosen.id(), event.getOutputStream());
        }, getTranslation("review-results.excel"));
        excel.addClassName("kc-export");
        HorizontalLayout tools = new HorizontalLayout(cohort, allocate, pdf, excel);
        tools.setWrap(true);
        tools.setAlignItems(Alignment.BASELINE);
        bar.setWidth("min(24rem, 100%)");
        progress.addClassName("kc-review-progress");
        configureGrid();
        add(tools, progress, bar, grid, empty);
        cohort.setValue(all.getFirst());
    }

    private void configureGrid() {
        grid.addColumn(ReviewSummary.Line::planNumber).setHeader(getTranslation("review.plan-number")).setKey("plan");
        grid.addColumn(ReviewSummary.Line::traineeName).setHeader(getTranslation("submission.trainee"))
                .setSortable(true).setKey("trainee");
        grid.addColumn(l -> mark(l.firstRound().size() > 0 ? l.firstRound().get(0) : null))
                .setHeader(getTranslation("review-results.first")).setKey("first");
        grid.addColumn(l -> mark(l.firstRound().size() > 1 ? l.firstRound().get(1) : null))
                .setHeader(getTranslation("review-results.second")).setKey("second");
        grid.addColumn(l -> mark(l.secondRound())).setHeader(getTranslation("review.round.2")).setKey("third");
        grid.addColumn(l -> l.finalScore() == null ? getTranslation("review-results.pending")
                : String.valueOf(l.finalScore())).setHeader(getTranslation("review-results.final")).setKey("final")
                .setComparator(l -> l.finalScore() == null ? -1 : l.finalScore());
        grid.addColumn(l -> l.grade() == null ? "" : l.grade().chineseName())
                .setHeader(getTranslation("review-results.grade")).setKey("grade");
        grid.setAllRowsVisible(true);
    }

    private String mark(ReviewSummary.@Nullable Mark mark) {
        if (mark == null) {
            return "";
        }
        return (mark.total() == null ? getTranslation("review.state.ASSIGNED") : mark.total() + " 分") + "（"
                + mark.expertName() + "）";
    }

    void refresh() {
        CohortView chosen = cohort.getValue();
        summary = chosen == null ? null : feedback.attempt(() -> reports.summary(tenant, chosen.id()));
        List<ReviewSummary.Line> lines = summary == null ? List.of() : summary.lines();
        grid.setItems(lines);
        grid.setVisible(!lines.isEmpty());
        empty.setVisible(lines.isEmpty());
        long marks = lines.stream().mapToLong(l -> l.firstRound().size() + (l.secondRound() == null ? 0 : 1)).sum();
        long scored = lines.stream().mapToLong(l -> l.firstRound().stream().filter(m -> m.total() != null).count()
                + (l.secondRound() != null && l.secondRound().total() != null ? 1 : 0)).sum();
        long settled = lines.stream().filter(l -> l.grade() != null).count();
        progress.setText(getTranslation("review-results.progress", scored, marks, settled, lines.size()));
        bar.setValue(marks == 0 ? 0 : (double) scored / marks);
    }

    void allocate() {
        CohortView chosen = cohort.getValue();
        if (chosen == null) {
            return;
        }
        Integer added = feedback.attempt(() -> reviews.allocate(tenant, chosen.id(), SEEDS.nextLong()));
        if (added != null) {
            feedback.done("review-results.allocated", added);
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review-results.title") + " | " + getTranslation("app.name");
    }
}
