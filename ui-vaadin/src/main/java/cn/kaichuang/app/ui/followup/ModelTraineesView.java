package cn.kaichuang.app.ui.followup;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.followup.FollowupException;
import cn.kaichuang.followup.ModelTrainee;
import cn.kaichuang.followup.ModelTraineeStatus;
import cn.kaichuang.followup.ModelTrainees;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 典型学员 at {@code /model-trainees}: the province's published model trainees for everyone; an
 * institution's admin proposes trainees of completed cohorts and sees the decisions; the province
 * admin publishes waiting proposals or returns them with a reason (a prefecture sees its region's).
 */
@Route(value = "model-trainees", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.LECTURER, Roles.EXPERT,
        Roles.MENTOR, Roles.TRAINEE})
public class ModelTraineesView extends VerticalLayout implements HasDynamicTitle {

    private final ModelTrainees models;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final Caller user = CurrentUser.require();
    final Div waiting = new Div();
    final Div mine = new Div();
    final Div published = new Div();
    @Nullable ProposeDialog proposeDialog;

    ModelTraineesView(ModelTrainees models, Cohorts cohorts, Trainees trainees) {
        this.models = models;
        this.cohorts = cohorts;
        this.trainees = trainees;
        addClassName("kc-view");
        setMaxWidth("60rem");
        add(new H2(getTranslation("followup.model.title")));
        if (user.is(Role.PROVINCE_ADMIN) || user.is(Role.PREFECTURE_ADMIN)) {
            add(new H3(getTranslation("followup.model.waiting")), waiting);
        }
        if (user.is(Role.INSTITUTION_ADMIN)) {
            Button propose = new Button(getTranslation("followup.model.propose"), VaadinIcon.PLUS.create(),
                    click -> openPropose());
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new H3(getTranslation("followup.model.mine")), propose, mine);
        }
        add(new H3(getTranslation("followup.model.published")), published);
        refresh();
    }

    void refresh() {
        if (user.is(Role.PROVINCE_ADMIN) || user.is(Role.PREFECTURE_ADMIN)) {
            fill(waiting, models.waiting(), "followup.model.none-waiting", user.is(Role.PROVINCE_ADMIN));
        }
        if (user.is(Role.INSTITUTION_ADMIN)) {
            fill(mine, models.ofInstitution(), "followup.model.none-mine", false);
        }
        fill(published, models.published(), "followup.model.none-published", false);
    }

    private void fill(Div target, List<ModelTrainee> items, String emptyKey, boolean decisions) {
        target.removeAll();
        if (items.isEmpty()) {
            target.add(new EmptyState(VaadinIcon.STAR_O, getTranslation(emptyKey)));
            return;
        }
        for (ModelTrainee m : items) {
            Div card = new Div();
            card.addClassName("kc-card");
            card.addClassName("kc-model-trainee");
            card.getElement().setAttribute("data-id", String.valueOf(m.id()));
            Span status = new Span(getTranslation("followup.model.status." + m.status().name()));
            status.getElement().getThemeList().add("badge" + (m.status() == ModelTraineeStatus.PUBLISHED ? " success"
                    : m.status() == ModelTraineeStatus.RETURNED ? " error" : ""));
            card.add(new H4(m.traineeName() + " · " + m.title()), status,
                    new Div(m.institutionName() + " · " + m.cohortName() + " · " + CourseTypes.name(this, m.courseType())),
                    new Paragraph(m.story()));
            if (m.status() == ModelTraineeStatus.RETURNED && m.returnReason() != null) {
                card.add(new Div(getTranslation("followup.model.returned-because", m.returnReason())));
            }
            if (m.decidedAt() != null && m.status() == ModelTraineeStatus.PUBLISHED) {
                card.add(new Div(getTranslation("followup.model.published-on", Formats.dateTime(this, m.decidedAt()))));
            }
            if (user.is(Role.INSTITUTION_ADMIN) && m.status() == ModelTraineeStatus.RETURNED) {
                Button revise = new Button(getTranslation("followup.model.revise"), click -> openPropose(m));
                revise.addThemeVariants(ButtonVariant.LUMO_SMALL);
                card.add(revise);
            }
            if (decisions) {
                decisionButtons(card, m);
            }
            target.add(card);
        }
    }

    private void decisionButtons(Div card, ModelTrainee m) {
        Button publish = new Button(getTranslation("followup.model.publish"), click -> publish(m.id()));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button back = new Button(getTranslation("followup.model.return"), click -> openReturn(m.id()));
        back.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        card.add(new Div(publish, back));
    }

    void publish(long id) {
        try {
            models.publish(id);
            Notification.show(getTranslation("followup.model.published-done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FollowupException e) {
            Notification.show(getTranslation(e.messageKey(), e.arguments().toArray()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    void returnWithReason(long id, String reason) {
        try {
            models.returnWithReason(id, reason);
            Notification.show(getTranslation("followup.model.returned-done"));
        } catch (FollowupException e) {
            Notification.show(getTranslation(e.messageKey(), e.arguments().toArray()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void openReturn(long id) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("followup.model.return"));
        TextArea reason = new TextArea(getTranslation("followup.model.return-reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        Button confirm = new Button(getTranslation("followup.model.return"), click -> {
            dialog.close();
            returnWithReason(id, reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        reason.addValueChangeListener(change -> confirm.setEnabled(!change.getValue().isBlank()));
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }

    void openPropose() {
        proposeDialog = new ProposeDialog(null);
        proposeDialog.open();
    }

    private void openPropose(ModelTrainee returned) {
        proposeDialog = new ProposeDialog(returned);
        proposeDialog.open();
    }

    /** Chooses a completed cohort, one of its trainees, and tells their story. */
    final class ProposeDialog extends Dialog {

        final ComboBox<CohortView> cohort = new ComboBox<>(getTranslation("cohorts.name"));
        final ComboBox<TraineeView> trainee = new ComboBox<>(getTranslation("trainees.name"));
        final TextField title = new TextField(getTranslation("followup.model.headline"));
        final TextArea story = new TextArea(getTranslation("followup.model.story"));

        ProposeDialog(@Nullable ModelTrainee returned) {
            setHeaderTitle(getTranslation("followup.model.propose"));
            cohort.setItems(cohorts.all().stream().filter(c -> c.status() == CohortStatus.COMPLETED
                    || c.status() == CohortStatus.ARCHIVED).toList());
            cohort.setItemLabelGenerator(CohortView::name);
            cohort.setWidthFull();
            cohort.addValueChangeListener(change -> trainee.setItems(change.getValue() == null ? List.of()
                    : cohorts.roster(change.getValue().id()).stream().map(trainees::find)
                            .flatMap(java.util.Optional::stream).toList()));
            trainee.setItemLabelGenerator(TraineeView::name);
            trainee.setWidthFull();
            title.setMaxLength(ModelTrainees.MAX_TITLE);
            title.setWidthFull();
            story.setMaxLength(ModelTrainees.MAX_STORY);
            story.setMinHeight("10rem");
            story.setWidthFull();
            story.setHelperText(getTranslation("followup.model.story.help", ModelTrainees.MIN_STORY,
                    ModelTrainees.MAX_STORY));
            if (returned != null) {
                cohort.getListDataView().getItems().filter(c -> c.id().value() == returned.cohortId()).findFirst()
                        .ifPresent(cohort::setValue);
                trainee.getListDataView().getItems().filter(t -> t.id().value() == returned.traineeId()).findFirst()
                        .ifPresent(trainee::setValue);
                title.setValue(returned.title());
                story.setValue(returned.story());
            }
            add(new VerticalLayout(cohort, trainee, title, story));
            Button send = new Button(getTranslation("followup.model.send"), click -> send());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
            setWidth("min(40rem, 95vw)");
        }

        void send() {
            if (cohort.getValue() == null || trainee.getValue() == null) {
                Notification.show(getTranslation("followup.model.error.choose")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            TraineeId id = trainee.getValue().id();
            try {
                models.propose(cohort.getValue().id(), id, title.getValue(), story.getValue());
            } catch (FollowupException e) {
                Notification.show(getTranslation(e.messageKey(), e.arguments().toArray()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            close();
            Notification.show(getTranslation("followup.model.proposed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.model.title") + " | " + getTranslation("app.name");
    }
}
