package cn.kaichuang.app.ui.followup;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.followup.FollowupException;
import cn.kaichuang.followup.FollowupSurveys;
import cn.kaichuang.followup.Survey;
import cn.kaichuang.followup.SurveyStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 我的回访 on the trainee's phone: the follow-up surveys of their completed cohorts, each open one
 * with its questions on the page (no dialog: a phone has no room for one), answered ones with the date.
 */
@Route(value = "my-surveys", layout = MainLayout.class)
@RolesAllowed(Roles.TRAINEE)
public class MySurveysView extends VerticalLayout implements HasDynamicTitle {

    private final FollowupSurveys surveys;
    private final Div list = new Div();
    @Nullable AnswerForm form;
    @Nullable Survey answering;

    MySurveysView(FollowupSurveys surveys) {
        this.surveys = surveys;
        addClassName("kc-view");
        setMaxWidth("30rem");
        add(new H2(getTranslation("followup.my.title")), new Paragraph(getTranslation("followup.my.intro")), list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        form = null;
        answering = null;
        List<Survey> mine = surveys.mine();
        if (mine.isEmpty()) {
            list.add(new EmptyState(VaadinIcon.CLIPBOARD_TEXT, getTranslation("followup.my.none")));
            return;
        }
        for (Survey survey : mine) {
            Div card = new Div();
            card.addClassName("kc-card");
            card.addClassName("kc-survey");
            card.add(new H3(getTranslation("followup.wave", survey.waveMonths())),
                    new Div(survey.cohortName()));
            if (survey.status() == SurveyStatus.ANSWERED && survey.answeredAt() != null) {
                card.add(new Div(getTranslation("followup.my.answered", Formats.dateTime(this, survey.answeredAt()))));
            } else {
                card.add(new Div(getTranslation("followup.my.due", Formats.date(this, survey.dueOn()))));
                Button open = new Button(getTranslation("followup.my.fill"), click -> open(survey));
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                open.setWidthFull();
                card.add(open);
            }
            list.add(card);
        }
    }

    /** Opens a survey's questions; also the entry point of the view tests. */
    void open(Survey survey) {
        refresh();
        AnswerForm answers = new AnswerForm();
        Button send = new Button(getTranslation("followup.my.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setWidthFull();
        send.setId("survey-send");
        // The form goes on top of the list, where the phone's screen shows it.
        Div formCard = new Div(new H3(getTranslation("followup.wave", survey.waveMonths())), new Div(survey.cohortName()),
                answers, send);
        formCard.addClassName("kc-card");
        formCard.setId("survey-form");
        list.addComponentAsFirst(formCard);
        this.form = answers;
        this.answering = survey;
    }

    /** Sends the open form; also the entry point of the view tests. */
    void send() {
        if (form == null || answering == null) {
            return;
        }
        var answer = form.answer();
        if (answer.isEmpty()) {
            return;
        }
        try {
            surveys.answer(answering.id(), answer.get());
        } catch (FollowupException e) {
            form.show(e);
            Notification.show(getTranslation(e.messageKey(), e.arguments().toArray()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show(getTranslation("followup.my.thanks")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.my.title") + " | " + getTranslation("app.name");
    }
}
