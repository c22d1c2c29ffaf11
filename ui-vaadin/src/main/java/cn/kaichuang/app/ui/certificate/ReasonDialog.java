package cn.kaichuang.app.ui.certificate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * Asks why before a change that must be justified (a manual completion, a revocation); the
 * reason goes into the record and the audit trail. Confirming without a reason is not possible.
 */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, String prompt, String confirmText, boolean destructive, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(prompt);
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        Button confirm = new Button(confirmText, click -> {
            onConfirm.accept(reason.getValue());
            close();
        });
        confirm.addThemeVariants(destructive ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        reason.addValueChangeListener(change -> confirm.setEnabled(!change.getValue().isBlank()));
        add(reason);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }
}
