package cn.kaichuang.app.ui.exam;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.exam.Blueprint;
import cn.kaichuang.exam.CandidateResult;
import cn.kaichuang.exam.ExamSittings;
import cn.kaichuang.exam.ItemStatistics;
import cn.kaichuang.exam.MarkingRule;
import cn.kaichuang.exam.NewSitting;
import cn.kaichuang.exam.Papers;
import cn.kaichuang.exam.Sitting;
import cn.kaichuang.exam.SittingResults;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 考试安排: an institution admin or a cohort's lead lecturer schedules sittings and reads each
 * sitting's results (Excel export) and the item analysis of its questions.
 */
@Route(value = "exam-sittings", layout = MainLayout.class)
@RolesAllowed({Roles.INSTITUTION_ADMIN, Roles.LECTURER})
public class ExamSittingsView extends VerticalLayout implements HasDynamicTitle {

    private final ExamSittings sittings;
    private final Feedback feedback = new Feedback(this, "exam.error.forbidden");
    final TextField name = new TextField();
    final ComboBox<Blueprint> blueprint = new ComboBox<>();
    final ComboBox<CohortView> cohort = new ComboBox<>();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final IntegerField duration = new IntegerField();
    final IntegerField maxAttempts = new IntegerField();
    final IntegerField passMark = new IntegerField();
    final RadioButtonGroup<MarkingRule> rule = new RadioButtonGroup<>();
    final Button schedule = new Button();
    final Grid<Sitting> grid = new Grid<>();
    final EmptyState empty;
    final VerticalLayout detail = new VerticalLayout();
    final H3 detailTitle = new H3();
    final Span summary = new Span();
    final Grid<CandidateResult> results = new Grid<>();
    final Grid<ItemStatistics> items = new Grid<>();
    final Anchor export;
    private @Nullable Sitting shown;

    ExamSittingsView(ExamSittings sittings, Papers papers, Cohorts cohorts, Optional<Clock> clock) {
        this.sittings = sittings;
        addClassName("kc-view");
        add(new H2(getTranslation("sitting.title")));

        name.setLabel(getTranslation("sitting.name"));
        name.setMaxLength(100);
        blueprint.setLabel(getTranslation("sitting.blueprint"));
        blueprint.setItems(papers.blueprints());
        blueprint.setItemLabelGenerator(b -> b.name() + "（" + b.course() + "，" + b.totalScore() + " 分）");
        cohort.setLabel(getTranslation("sitting.cohort"));
        cohort.setItems(cohorts.all());
        cohort.setItemLabelGenerator(CohortView::name);
        LocalDateTime now = LocalDateTime.ofInstant(clock.orElse(Clock.systemUTC()).instant(), Formats.CHINA)
                .truncatedTo(ChronoUnit.HOURS).plusHours(1);
        opens.setLabel(getTranslation("sitting.opens"));
        opens.setValue(now);
        closes.setLabel(getTranslation("sitting.closes"));
        closes.setValue(now.plusHours(2));
        duration.setLabel(getTranslation("sitting.duration"));
        duration.setValue(60);
        maxAttempts.setLabel(getTranslation("sitting.max-attempts"));
        maxAttempts.setValue(2);
        passMark.setLabel(getTranslation("sitting.pass-mark"));
        passMark.setValue(60);
        rule.setLabel(getTranslation("sitting.rule"));
        rule.setItems(MarkingRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("sitting.rule." + r.name()));
        rule.setValue(MarkingRule.PARTIAL);
        schedule.setText(getTranslation("sitting.schedule"));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(e -> schedule());
        HorizontalLayout first = new HorizontalLayout(name, blueprint, cohort);
        first.setWrap(true);
        HorizontalLayout second = new HorizontalLayout(opens, closes, duration, maxAttempts, passMark);
        second.setWrap(true);
        HorizontalLayout third = new HorizontalLayout(rule, schedule);
        third.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(first, second, third);

        grid.addColumn(Sitting::name).setHeader(getTranslation("sitting.name")).setFlexGrow(2);
        grid.addColumn(Sitting::cohortName).setHeader(getTranslation("sitting.cohort")).setFlexGrow(2);
        grid.addColumn(s -> Formats.dateTime(this, s.opensAt()) + " – " + Formats.dateTime(this, s.closesAt()))
                .setHeader(getTranslation("sitting.window")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("sitting.minutes", s.durationMinutes()))
                .setHeader(getTranslation("sitting.duration")).setAutoWidth(true);
        grid.addColumn(s -> s.passMark() + "/" + s.totalScore()).setHeader(getTranslation("sitting.pass-mark"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation("sitting.rule." + s.rule().name())).setHeader(getTranslation("sitting.rule"))
                .setAutoWidth(true);
        grid.setPageSize(20);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        empty = new EmptyState(VaadinIcon.CALENDAR_CLOCK, getTranslation("sitting.none"));
        add(grid, empty);

        results.addColumn(CandidateResult::name).setHeader(getTranslation("sitting.col.name"));
        results.addColumn(CandidateResult::attempts).setHeader(getTranslation("sitting.col.attempts")).setAutoWidth(true);
        results.addColumn(r -> r.bestScore() == null ? "—" : score(r.bestScore()))
                .setHeader(getTranslation("sitting.col.score")).setAutoWidth(true);
        results.addColumn(r -> r.bestScore() == null ? getTranslation("sitting.not-sat")
                : getTranslation(r.passed() ? "sitting.passed" : "sitting.failed"))
                .setHeader(getTranslation("sitting.col.passed")).setAutoWidth(true);
        results.addColumn(CandidateResult::focusLosses).setHeader(getTranslation("sitting.col.focus")).setAutoWidth(true);
        results.setAllRowsVisible(true);
        items.addColumn(i -> getTranslation("question.type." + i.type().name())).setHeader(getTranslation("question.type"))
                .setAutoWidth(true);
        items.addColumn(ItemStatistics::stem).setHeader(getTranslation("exam.stem")).setFlexGrow(3);
        items.addColumn(i -> i.question() + " v" + i.version()).setHeader(getTranslation("exam.version")).setAutoWidth(true);
        items.addColumn(ItemStatistics::attempts).setHeader(getTranslation("sitting.col.answered")).setAutoWidth(true);
        items.addColumn(i -> String.format("%.2f", i.difficulty())).setHeader(getTranslation("sitting.col.difficulty"))
                .setAutoWidth(true);
        items.addColumn(i -> i.discrimination() == null ? "—" : String.format("%.2f", i.discrimination()))
                .setHeader(getTranslation("sitting.col.discrimination")).setAutoWidth(true);
        items.setAllRowsVisible(true);
        export = new Anchor(event -> {
            Sitting current = shown;
            event.setFileName("exam-results-" + (current == null ? "none" : current.id()) + ".xlsx");
            event.setContentType(ResultsExcel.CONTENT_TYPE);
            ResultsExcel.write(current == null ? null : sittings.results(current.id()).orElse(null),
                    this::getTranslation, event.getOutputStream());
        }, getTranslation("sitting.export"));
        detail.setPadding(false);
        detail.add(detailTitle, summary, export, results, new H3(getTranslation("sitting.items")),
                new Span(getTranslation("sitting.items-hint")), items);
        detail.setVisible(false);
        add(detail);
        refresh();
    }

    private void schedule() {
        if (blueprint.getValue() == null || cohort.getValue() == null || opens.getValue() == null
                || closes.getValue() == null || duration.getValue() == null || maxAttempts.getValue() == null
                || passMark.getValue() == null || rule.getValue() == null) {
            feedback.error(getTranslation("sitting.incomplete"));
            return;
        }
        Sitting stored = feedback.attempt(() -> sittings.schedule(new NewSitting(name.getValue(),
                blueprint.getValue().id(), cohort.getValue().id().value(),
                opens.getValue().atZone(Formats.CHINA).toInstant(), closes.getValue().atZone(Formats.CHINA).toInstant(),
                duration.getValue(), maxAttempts.getValue(), passMark.getValue(), rule.getValue())));
        if (stored != null) {
            feedback.done("sitting.scheduled", stored.name());
            refresh();
            grid.select(stored);
        }
    }

    private void refresh() {
        List<Sitting> all = sittings.sittings();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private void show(@Nullable Sitting sitting) {
        shown = sitting;
        detail.setVisible(sitting != null);
        if (sitting == null) {
            return;
        }
        detailTitle.setText(getTranslation("sitting.results", sitting.name()));
        Optional<SittingResults> found = sittings.results(sitting.id());
        results.setItems(found.map(SittingResults::candidates).orElse(List.of()));
        summary.setText(found.map(r -> getTranslation("sitting.summary", r.candidates().size(), r.sat(), r.passed(),
                Math.round(r.passRate() * 100), score(r.averageScore()))).orElse(""));
        items.setItems(sittings.itemAnalysis(sitting.id()));
    }

    static String score(double score) {
        return score == Math.rint(score) ? String.valueOf((long) score) : String.format("%.1f", score);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sitting.title") + " | " + getTranslation("app.name");
    }
}
