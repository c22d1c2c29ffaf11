package cn.kaichuang.app.ui.review;

import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.review.BlindPlan;
import cn.kaichuang.review.Criterion;
import cn.kaichuang.review.CriterionScore;
import cn.kaichuang.review.Grade;
import cn.kaichuang.review.Reviews;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rubric of a plan: a score within each criterion's maximum and a required comment. The service
 * checks again; its refusal is shown localized and nothing is saved.
 */
class ScoreForm extends VerticalLayout {

    private final BlindPlan plan;
    private final Reviews reviews;
    private final Runnable saved;
    private final Feedback feedback = new Feedback(this, "submission.error.forbidden");
    final Map<Criterion, IntegerField> scores = new LinkedHashMap<>();
    final Map<Criterion, TextArea> comments = new LinkedHashMap<>();
    final Span total = new Span();
    final Button save = new Button();

    ScoreForm(BlindPlan plan, Reviews reviews, Runnable saved) {
        this.plan = plan;
        this.reviews = reviews;
        this.saved = saved;
        addClassName("kc-score-form");
        setPadding(false);
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Map<String, CriterionScore> before = new LinkedHashMap<>();
        plan.scores().forEach(s -> before.put(s.criterion(), s));
        for (Criterion c : plan.rubric()) {
            IntegerField score = new IntegerField(getTranslation("review.criterion", c.name(), c.max()));
            score.setMin(0);
            score.setMax(c.max());
            score.setStepButtonsVisible(true);
            score.addValueChangeListener(change -> showTotal());
            TextArea comment = new TextArea(getTranslation("review.comment", c.name()));
            comment.setRequired(true);
            comment.setMaxLength(1000);
            CriterionScore earlier = before.get(c.key());
            if (earlier != null) {
                score.setValue(earlier.score());
                comment.setValue(earlier.comment());
            }
            scores.put(c, score);
            comments.put(c, comment);
            layout.add(score, comment);
        }
        save.setText(getTranslation("review.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(layout, total, save);
        showTotal();
    }

    private void showTotal() {
        int sum = scores.values().stream().mapToInt(f -> f.getValue() == null ? 0 : f.getValue()).sum();
        total.setText(getTranslation("review.total-grade", sum, Grade.of(sum).chineseName()));
    }

    void save() {
        List<CriterionScore> sheet = new ArrayList<>();
        for (Criterion c : plan.rubric()) {
            Integer score = scores.get(c).getValue();
            if (score == null) {
                feedback.error(getTranslation("review.error.missing", c.name()));
                return;
            }
            sheet.add(new CriterionScore(c.key(), score, comments.get(c).getValue()));
        }
        Integer sum = feedback.attempt(() -> reviews.score(plan.assignmentId(), sheet));
        if (sum != null) {
            feedback.done("review.saved", plan.planNumber(), sum);
            saved.run();
        }
    }
}
