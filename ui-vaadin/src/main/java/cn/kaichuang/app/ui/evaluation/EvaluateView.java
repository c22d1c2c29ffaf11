package cn.kaichuang.app.ui.evaluation;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.evaluation.Dimension;
import cn.kaichuang.evaluation.EvaluationException;
import cn.kaichuang.evaluation.Evaluations;
import cn.kaichuang.evaluation.NewEvaluation;
import cn.kaichuang.evaluation.Occasion;
import cn.kaichuang.evaluation.PendingEvaluation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 评价 on the trainee's phone: the sessions and completions still to evaluate as cards; one opens
 * a form of 1-5 stars per dimension and a comment, sent once.
 */
@Route(value = "evaluate", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class EvaluateView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final Evaluations evaluations;
    final Div cards = new Div();
    final Div form = new Div();
    final Map<Dimension, RadioButtonGroup<Integer>> scores = new EnumMap<>(Dimension.class);
    final TextArea comment = new TextArea();
    @Nullable Occasion open;

    EvaluateView(Evaluations evaluations) {
        this.evaluations = evaluations;
        addClassName("kc-view");
        setMaxWidth("30rem");
        add(new H2(getTranslation("evaluation.evaluate.title")), new Div(getTranslation("evaluation.evaluate.intro")),
                form, cards);
        cards.addClassName("kc-cards");
        refresh();
    }

    void refresh() {
        cards.removeAll();
        form.removeAll();
        open = null;
        List<PendingEvaluation> pending = evaluations.pending();
        if (pending.isEmpty()) {
            cards.add(new EmptyState(VaadinIcon.STAR_O, getTranslation("evaluation.evaluate.empty")));
            return;
        }
        pending.forEach(p -> {
            Div card = new Div();
            card.addClassName("kc-card");
            String what = p.occasion().kind() == Occasion.Kind.COMPLETION
                    ? getTranslation("evaluation.evaluate.completion", p.cohortName())
                    : p.at().format(WHEN) + " " + p.topic();
            card.add(new Div(new Span(what)), new Div(p.cohortName() + " · " + p.lecturerName()));
            Button start = new Button(getTranslation("evaluation.evaluate.start"), click -> openForm(p));
            start.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            card.add(start);
            cards.add(card);
        });
    }

    void openForm(PendingEvaluation pending) {
        form.removeAll();
        scores.clear();
        open = pending.occasion();
        form.addClassName("kc-card");
        form.add(new H3(pending.lecturerName() + " · " + pending.cohortName()));
        Dimension.Target shown = null;
        for (Dimension d : Dimension.values()) {
            if (d.target() != shown) {
                shown = d.target();
                form.add(new Div(new Span(getTranslation("evaluation.target." + shown))));
            }
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation("evaluation.dimension." + d));
            group.setItems(1, 2, 3, 4, 5);
            group.setItemLabelGenerator(i -> i + "★");
            scores.put(d, group);
            form.add(group);
        }
        comment.setLabel(getTranslation("evaluation.comment"));
        comment.setMaxLength(500);
        comment.setWidthFull();
        comment.clear();
        Button send = new Button(getTranslation("evaluation.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> refresh());
        form.add(comment, new Div(send, cancel));
    }

    void send() {
        if (open == null) {
            return;
        }
        Map<Dimension, Integer> values = new EnumMap<>(Dimension.class);
        scores.forEach((d, group) -> {
            if (group.getValue() != null) {
                values.put(d, group.getValue());
            }
        });
        try {
            evaluations.submit(open, new NewEvaluation(values, comment.getValue()));
            Notification.show(getTranslation("evaluation.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (EvaluationException e) {
            scores.forEach((d, group) -> group.setInvalid(group.getValue() == null));
            Notification.show(getTranslation(e.messageKey(), e.arguments().toArray()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    Evaluations evaluations() {
        return evaluations;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.evaluate.title") + " | " + getTranslation("app.name");
    }
}
