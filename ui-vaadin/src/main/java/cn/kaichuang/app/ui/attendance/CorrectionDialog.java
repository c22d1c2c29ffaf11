package cn.kaichuang.app.ui.attendance;

import cn.kaichuang.attendance.SessionAttendance;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiPredicate;

/** 更正考勤: present or absent, with the reason the audit keeps; confirmed before anything changes. */
class CorrectionDialog extends Dialog {

    CorrectionDialog(Component owner, SessionAttendance row, BiPredicate<Boolean, String> save) {
        setHeaderTitle(owner.getTranslation("checkin.correct.title", row.name()));
        RadioButtonGroup<Boolean> present = new RadioButtonGroup<>(owner.getTranslation("checkin.correct.mark"));
        present.setItems(true, false);
        present.setItemLabelGenerator(p -> owner.getTranslation(p ? "checkin.correct.present" : "checkin.correct.absent"));
        present.setValue(!row.present());
        TextArea reason = new TextArea(owner.getTranslation("checkin.correct.reason"));
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button ok = new Button(owner.getTranslation("checkin.correct.save"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(owner.getTranslation("checkin.error.reason"));
                return;
            }
            if (save.test(present.getValue(), reason.getValue())) {
                close();
                if (owner instanceof CheckInDeskView desk) {
                    desk.refresh();
                }
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(present, reason);
        getFooter().add(new Button(owner.getTranslation("action.cancel"), click -> close()), ok);
        setWidth("min(30rem, 95vw)");
    }
}
