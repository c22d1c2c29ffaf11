package cn.kaichuang.app.ui.province;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * Confirms a suspension and asks why: the reason is kept with the institution and shown to its
 * supervisors. Confirming without a reason is not possible.
 */
class SuspendDialog extends Dialog {

    SuspendDialog(String institutionName, Consumer<String> onConfirm) {
        setHeaderTitle(getTranslation("institution.suspend.title", institutionName));
        TextArea reason = new TextArea(getTranslation("institution.suspend.reason"));
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        Button confirm = new Button(getTranslation("institution.suspend"), click -> {
            onConfirm.accept(reason.getValue());
            close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        reason.addValueChangeListener(change -> confirm.setEnabled(!change.getValue().isBlank()));
        add(new Paragraph(getTranslation("institution.suspend.text")), reason);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }
}
