package cn.kaichuang.app.ui.institution;

import cn.kaichuang.app.ui.CohortStatuses;
import cn.kaichuang.cohort.CohortFullException;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.LifecycleException;
import cn.kaichuang.cohort.TraineeView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.function.Consumer;

/**
 * 添加学员: enrols registered trainees of the institution in a cohort. Trainees not yet
 * registered come in through the roster import, which can enrol them in the same step.
 */
class EnrolDialog extends Dialog {

    EnrolDialog(List<TraineeView> candidates, int freePlaces, Consumer<TraineeId> enrol, Runnable done) {
        setHeaderTitle(getTranslation("cohort.roster.add"));
        MultiSelectComboBox<TraineeView> choice = new MultiSelectComboBox<>(getTranslation("cohort.roster.choose"));
        choice.setItems(candidates);
        // Name and masked ID: two people of one name stay apart without showing the number.
        choice.setItemLabelGenerator(t -> t.name() + "（" + t.idCard().masked() + "）");
        choice.setWidthFull();
        add(new Paragraph(getTranslation("cohort.roster.places", freePlaces)), choice);

        Button save = new Button(getTranslation("cohort.roster.enrol"), click -> {
            if (choice.getValue().size() > freePlaces) {
                error(getTranslation("cohort.roster.too-many", freePlaces));
                return;
            }
            int enrolled = 0;
            try {
                for (TraineeView trainee : choice.getValue()) {
                    enrol.accept(trainee.id());
                    enrolled++;
                }
                CohortStatuses.showDone(getTranslation("cohort.roster.enrolled", enrolled));
                close();
            } catch (CohortFullException e) {
                error(getTranslation("cohort.roster.full", enrolled));
            } catch (LifecycleException e) {
                CohortStatuses.showError(this, e);
            }
            done.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(32rem, 95vw)");
    }

    private static void error(String text) {
        Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
