package cn.kaichuang.app.ui.selfassessment;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.console.EChart;
import cn.kaichuang.selfassessment.AssessmentResult;
import cn.kaichuang.selfassessment.Instrument;
import cn.kaichuang.selfassessment.SelfAssessmentException;
import cn.kaichuang.selfassessment.SelfAssessments;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 创业能力测评 on the trainee's phone: the latest profile (radar chart and advice per dimension)
 * with the history of retakes, and the questionnaire to take it (again).
 */
@Route(value = "self-assessment", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class SelfAssessmentView extends VerticalLayout implements HasDynamicTitle {

    private final SelfAssessments assessments;
    final Div profile = new Div();
    final Div questionnaire = new Div();
    final Div history = new Div();
    final List<RadioButtonGroup<Integer>> answers = new ArrayList<>();
    @Nullable EChart radar;
    int version;

    SelfAssessmentView(SelfAssessments assessments) {
        this.assessments = assessments;
        addClassName("kc-view");
        setMaxWidth("30rem");
        add(new H2(getTranslation("selfassessment.title")), profile, questionnaire, history);
        List<AssessmentResult> taken = assessments.history();
        if (taken.isEmpty()) {
            profile.add(new Div(getTranslation("selfassessment.intro")));
            showQuestionnaire();
        } else {
            showProfile(taken.getFirst());
            showHistory(taken);
        }
    }

    void showQuestionnaire() {
        questionnaire.removeAll();
        answers.clear();
        Instrument instrument = assessments.current();
        version = instrument.version();
        questionnaire.add(new H3(instrument.title()), new Div(getTranslation("selfassessment.scale")));
        int number = 1;
        for (Instrument.Dimension d : instrument.dimensions()) {
            for (Instrument.Item item : d.items()) {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>(number++ + ". " + item.text());
                group.setItems(1, 2, 3, 4, 5);
                group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
                group.addClassName("kc-likert");
                answers.add(group);
                questionnaire.add(group);
            }
        }
        Button submit = new Button(getTranslation("selfassessment.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("kc-submit-assessment");
        questionnaire.add(submit);
    }

    void submit() {
        List<Integer> values = answers.stream().map(RadioButtonGroup::getValue).toList();
        if (values.contains(null)) {
            answers.forEach(a -> a.setInvalid(a.getValue() == null));
            Notification.show(getTranslation("selfassessment.error.answers"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            AssessmentResult result = assessments.submit(version, values);
            questionnaire.removeAll();
            showProfile(result);
            showHistory(assessments.history());
            profile.scrollIntoView();
        } catch (SelfAssessmentException e) {
            Notification.show(getTranslation(e.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            if ("selfassessment.error.outdated".equals(e.messageKey())) {
                showQuestionnaire();
            }
        }
    }

    void showProfile(AssessmentResult result) {
        profile.removeAll();
        profile.add(new H3(getTranslation("selfassessment.profile", result.total())),
                new Div(getTranslation("selfassessment.taken", Formats.dateTime(this, result.takenAt()),
                        result.instrumentVersion())));
        radar = new EChart();
        radar.addClassName("kc-radar");
        radar.setHeight("320px");
        radar.setOption(option(result));
        profile.add(radar);
        result.scores().forEach(s -> {
            Div advice = new Div();
            advice.addClassName("kc-card");
            advice.add(new Div(new Span(s.name() + " " + s.score() + " · " + getTranslation("selfassessment.level."
                    + s.level()))), new Div(s.advice()));
            profile.add(advice);
        });
        Button again = new Button(getTranslation("selfassessment.retake"), click -> showQuestionnaire());
        again.addClassName("kc-retake");
        profile.add(again);
    }

    void showHistory(List<AssessmentResult> taken) {
        history.removeAll();
        if (taken.size() < 2) {
            return;
        }
        history.add(new H3(getTranslation("selfassessment.history")));
        taken.forEach(r -> {
            Button show = new Button(Formats.dateTime(this, r.takenAt()) + " · " + r.total(), click -> showProfile(r));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            history.add(new Div(show));
        });
    }

    static Map<String, Object> option(AssessmentResult result) {
        List<Map<String, Object>> indicators = result.scores().stream()
                .map(s -> Map.<String, Object>of("name", s.name(), "max", 100)).toList();
        List<Integer> values = result.scores().stream().map(AssessmentResult.DimensionScore::score).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("radar", Map.of("indicator", indicators, "radius", "62%"));
        option.put("series", List.of(Map.of("type", "radar", "areaStyle", Map.of(),
                "data", List.of(Map.of("value", values, "name", "测评")))));
        return option;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfassessment.title") + " | " + getTranslation("app.name");
    }
}
