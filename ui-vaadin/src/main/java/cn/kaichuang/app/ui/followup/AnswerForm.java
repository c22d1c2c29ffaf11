package cn.kaichuang.app.ui.followup;

import cn.kaichuang.followup.FollowupException;
import cn.kaichuang.followup.Industry;
import cn.kaichuang.followup.Need;
import cn.kaichuang.followup.SurveyAnswer;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The survey's questions, one under the other so they fit a 375 px phone: started a business (then
 * its unified social credit code, industry and jobs), employed, needs. Used by the trainee and by
 * staff entering an answer taken on the phone.
 */
class AnswerForm extends Div {

    final RadioButtonGroup<Boolean> started = new RadioButtonGroup<>();
    final TextField creditCode = new TextField();
    final ComboBox<Industry> industry = new ComboBox<>();
    final IntegerField jobs = new IntegerField();
    final RadioButtonGroup<Boolean> employed = new RadioButtonGroup<>();
    final CheckboxGroup<Need> needs = new CheckboxGroup<>();
    private final Div business = new Div();

    AnswerForm() {
        addClassName("kc-survey-form");
        started.setLabel(getTranslation("followup.q.started"));
        started.setItems(true, false);
        started.setItemLabelGenerator(yes -> getTranslation(yes ? "followup.yes" : "followup.no"));
        started.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        started.setRequired(true);
        creditCode.setLabel(getTranslation("followup.q.credit-code"));
        creditCode.setHelperText(getTranslation("followup.q.credit-code.help"));
        creditCode.setMaxLength(18);
        creditCode.setWidthFull();
        industry.setLabel(getTranslation("followup.q.industry"));
        industry.setItems(Arrays.asList(Industry.values()));
        industry.setItemLabelGenerator(i -> getTranslation("followup.industry." + i.name()));
        industry.setWidthFull();
        jobs.setLabel(getTranslation("followup.q.jobs"));
        jobs.setHelperText(getTranslation("followup.q.jobs.help"));
        jobs.setMin(0);
        jobs.setMax(100_000);
        jobs.setStepButtonsVisible(true);
        jobs.setWidthFull();
        business.add(creditCode, industry, jobs);
        business.setVisible(false);
        started.addValueChangeListener(change -> business.setVisible(Boolean.TRUE.equals(change.getValue())));
        employed.setLabel(getTranslation("followup.q.employed"));
        employed.setItems(true, false);
        employed.setItemLabelGenerator(yes -> getTranslation(yes ? "followup.yes" : "followup.no"));
        employed.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        employed.setRequired(true);
        needs.setLabel(getTranslation("followup.q.needs"));
        needs.setItems(List.of(Need.values()));
        needs.setItemLabelGenerator(n -> getTranslation("followup.need." + n.name()));
        needs.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        add(started, business, employed, needs);
    }

    /** The answer as filled in, or empty with the missing question marked. */
    Optional<SurveyAnswer> answer() {
        started.setInvalid(started.getValue() == null);
        employed.setInvalid(employed.getValue() == null);
        started.setErrorMessage(getTranslation("followup.error.required"));
        employed.setErrorMessage(getTranslation("followup.error.required"));
        if (started.getValue() == null || employed.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(new SurveyAnswer(started.getValue(), creditCode.getValue(), industry.getValue(),
                jobs.getValue() == null ? 0 : jobs.getValue(), employed.getValue(), needs.getValue()));
    }

    /** Marks the field the core refused, with its message. */
    void show(FollowupException e) {
        String message = getTranslation(e.messageKey(), e.arguments().toArray());
        switch (e.messageKey()) {
            case "followup.error.credit-code", "followup.error.credit-code-missing" -> {
                creditCode.setInvalid(true);
                creditCode.setErrorMessage(message);
            }
            case "followup.error.industry-missing" -> {
                industry.setInvalid(true);
                industry.setErrorMessage(message);
            }
            case "followup.error.jobs" -> {
                jobs.setInvalid(true);
                jobs.setErrorMessage(message);
            }
            default -> { }
        }
    }
}
