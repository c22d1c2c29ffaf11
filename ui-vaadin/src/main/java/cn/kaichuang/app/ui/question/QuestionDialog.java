package cn.kaichuang.app.ui.question;

import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.question.Bank;
import cn.kaichuang.question.KnowledgePoint;
import cn.kaichuang.question.Question;
import cn.kaichuang.question.QuestionBank;
import cn.kaichuang.question.QuestionDraft;
import cn.kaichuang.question.QuestionRules;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.question.QuestionVersion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a new question, or edits one: an edit is saved as the next version, a draft, and new papers
 * keep drawing the published version until the new one is published.
 */
class QuestionDialog extends Dialog {

    private final QuestionBank bank;
    private final Bank which;
    private final @Nullable Question editing;
    private final Runnable saved;
    private final Feedback feedback = new Feedback(this, "question.error.forbidden");
    final Select<QuestionType> type = new Select<>();
    final ComboBox<KnowledgePoint> knowledgePoint = new ComboBox<>();
    final Select<Integer> difficulty = new Select<>();
    final TextArea stem = new TextArea();
    final List<TextField> options = new ArrayList<>();
    final TextField answer = new TextField();
    final TextArea explanation = new TextArea();
    final Button save;

    QuestionDialog(QuestionBank bank, Bank which, @Nullable Question editing, Runnable saved) {
        this.bank = bank;
        this.which = which;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(getTranslation(editing == null ? "question.new" : "question.edit",
                editing == null ? "" : "v" + (editing.latest().version() + 1)));
        setWidth("min(48rem, 96vw)");
        type.setLabel(getTranslation("question.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation("question.type." + t.name()));
        type.addValueChangeListener(change -> showOptions());
        knowledgePoint.setLabel(getTranslation("question.knowledge-point"));
        knowledgePoint.setItems(KnowledgePoint.values());
        knowledgePoint.setItemLabelGenerator(k -> Labels.knowledgePoint(this, k));
        difficulty.setLabel(getTranslation("question.difficulty"));
        difficulty.setItems(1, 2, 3, 4, 5);
        stem.setLabel(getTranslation("question.stem"));
        stem.setMaxLength(QuestionRules.MAX_STEM);
        FormLayout form = new FormLayout(type, knowledgePoint, difficulty, answer);
        form.add(stem, 2);
        for (int i = 0; i < QuestionRules.MAX_OPTIONS; i++) {
            TextField option = new TextField(getTranslation("question.option", String.valueOf((char) ('A' + i))));
            option.setMaxLength(QuestionRules.MAX_OPTION);
            options.add(option);
            form.add(option);
        }
        answer.setLabel(getTranslation("question.answer"));
        answer.setHelperText(getTranslation("question.answer.help"));
        explanation.setLabel(getTranslation("question.explanation"));
        explanation.setMaxLength(QuestionRules.MAX_EXPLANATION);
        form.add(explanation, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
        if (editing == null) {
            type.setValue(QuestionType.SINGLE_CHOICE);
            difficulty.setValue(3);
        } else {
            fill(editing.latest());
        }
        save = new Button(getTranslation("question.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void fill(QuestionVersion v) {
        type.setValue(v.type());
        knowledgePoint.setValue(v.knowledgePoint());
        difficulty.setValue(v.difficulty());
        stem.setValue(v.stem());
        if (v.type() != QuestionType.TRUE_FALSE) {
            IntStream.range(0, v.options().size()).forEach(i -> options.get(i).setValue(v.options().get(i)));
        }
        answer.setValue(v.answerText());
        explanation.setValue(v.explanation());
    }

    private void showOptions() {
        boolean choice = type.getValue() != QuestionType.TRUE_FALSE;
        options.forEach(o -> o.setVisible(choice));
    }

    void save() {
        if (type.getValue() == null || knowledgePoint.getValue() == null || difficulty.getValue() == null) {
            feedback.error(getTranslation("question.error.required"));
            return;
        }
        Object done = feedback.attempt(() -> {
            QuestionDraft draft = draft();
            if (editing == null) {
                return bank.create(which, draft);
            }
            return bank.revise(editing.id(), draft);
        });
        if (done != null) {
            feedback.done(editing == null ? "question.created" : "question.revised");
            close();
            saved.run();
        }
    }

    private QuestionDraft draft() {
        QuestionType chosen = type.getValue();
        List<String> texts;
        if (chosen == QuestionType.TRUE_FALSE) {
            texts = QuestionRules.TRUE_FALSE_OPTIONS;
        } else {
            texts = new ArrayList<>(options.stream().map(TextField::getValue).toList());
            while (!texts.isEmpty() && texts.getLast().isBlank()) {
                texts.removeLast();
            }
        }
        return new QuestionDraft(chosen, knowledgePoint.getValue(), difficulty.getValue(), stem.getValue(), texts,
                QuestionRules.parseAnswer(chosen, answer.getValue()), explanation.getValue());
    }
}
