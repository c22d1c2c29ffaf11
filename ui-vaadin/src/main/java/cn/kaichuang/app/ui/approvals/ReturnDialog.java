package cn.kaichuang.app.ui.approvals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** Asks why an application goes back; the institution reads the reason. No reason, no return. */
class ReturnDialog extends Dialog {

    ReturnDialog(Consumer<String> onReturn) {
        setHeaderTitle(getTranslation("approvals.return-title"));
        TextArea reason = new TextArea(getTranslation("approvals.return-prompt"));
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        Button confirm = new Button(getTranslation("approvals.return"), click -> {
            close();
            onReturn.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        reason.addValueChangeListener(change -> confirm.setEnabled(!change.getValue().isBlank()));
        add(reason);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }
}
