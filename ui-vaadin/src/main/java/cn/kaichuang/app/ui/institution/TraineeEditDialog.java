package cn.kaichuang.app.ui.institution;

import cn.kaichuang.cohort.DuplicateTraineeException;
import cn.kaichuang.cohort.InvalidTraineeException;
import cn.kaichuang.cohort.MobilePhone;
import cn.kaichuang.cohort.NewTrainee;
import cn.kaichuang.cohort.TraineeChange;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.crypto.IdCardNumber;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Registers a trainee, or edits one's name, ID number and phone. Every field is checked here first, so the
 * message sits next to the field; the service checks again and refuses a number another
 * trainee of the institution already has.
 */
class TraineeEditDialog extends Dialog {

    private final Trainees trainees;
    private final @Nullable TraineeView trainee;
    private final Consumer<TraineeView> saved;
    final TextField name = new TextField();
    final TextField idCard = new TextField();
    final TextField phone = new TextField();
    final Button save;

    /** @param trainee the trainee to edit, or null to register a new one */
    TraineeEditDialog(Trainees trainees, @Nullable TraineeView trainee, Consumer<TraineeView> saved) {
        this.trainees = trainees;
        this.trainee = trainee;
        this.saved = saved;
        setHeaderTitle(getTranslation(trainee == null ? "trainees.new.title" : "trainees.edit.title"));
        name.setLabel(getTranslation("trainees.name"));
        name.setMaxLength(100);
        idCard.setLabel(getTranslation("trainees.id-card"));
        idCard.setMaxLength(18);
        phone.setLabel(getTranslation("trainees.phone"));
        if (trainee != null) {
            name.setValue(trainee.name());
            // The full number, for correcting it; staff editing the record may see it.
            idCard.setValue(trainee.idCard().value());
            phone.setValue(trainee.phone() == null ? "" : trainee.phone());
        }
        phone.setMaxLength(11);
        for (TextField field : new TextField[] {name, idCard, phone}) {
            field.setManualValidation(true);
            field.setWidthFull();
        }
        FormLayout form = new FormLayout(name, idCard, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save = new Button(getTranslation("trainees.edit.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("trainees.edit.cancel"), click -> close()), save);
        setWidth("min(28rem, 95vw)");
    }

    private void save() {
        name.setInvalid(false);
        idCard.setInvalid(false);
        phone.setInvalid(false);
        boolean ok = true;
        if (name.getValue().isBlank()) {
            invalid(name, "trainees.error.name");
            ok = false;
        }
        IdCardInput.Result id = IdCardInput.parse(idCard.getValue());
        if (id instanceof IdCardInput.Invalid invalid) {
            invalid(idCard, invalid.messageKey());
            ok = false;
        }
        if (!phone.getValue().isBlank() && !MobilePhone.isValid(phone.getValue())) {
            invalid(phone, "trainees.error.phone");
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            IdCardNumber number = IdCardInput.valid(id).orElseThrow();
            TraineeView updated = trainee != null
                    ? trainees.update(trainee.id(), new TraineeChange(name.getValue(), number, phone.getValue()))
                    : trainees.find(trainees.register(new NewTrainee(name.getValue(), number,
                            MobilePhone.normalise(phone.getValue()), null))).orElseThrow();
            close();
            saved.accept(updated);
        } catch (DuplicateTraineeException e) {
            invalid(idCard, "trainees.error.duplicate");
        } catch (InvalidTraineeException e) {
            invalid(e.messageKey().contains("phone") ? phone : name, e.messageKey());
        }
    }

    private void invalid(TextField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }
}
