package cn.kaichuang.app.ui.certificate;

import cn.kaichuang.certificate.RevocationCategory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.BiConsumer;

/**
 * Asks for the category of a revocation (the public page shows it) and the reason (staff and the
 * audit trail only, since it may name people). Both are required.
 */
class RevokeDialog extends Dialog {

    RevokeDialog(String title, BiConsumer<RevocationCategory, String> onConfirm) {
        setHeaderTitle(title);
        Select<RevocationCategory> category = new Select<>();
        category.setLabel(getTranslation("certificates.revoke.category"));
        category.setItems(RevocationCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("revocation." + c.name()));
        category.setWidthFull();
        TextArea reason = new TextArea(getTranslation("certificates.revoke.prompt"));
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        Button confirm = new Button(getTranslation("certificates.revoke"), click -> {
            onConfirm.accept(category.getValue(), reason.getValue());
            close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        Runnable validate = () -> confirm.setEnabled(category.getValue() != null && !reason.getValue().isBlank());
        category.addValueChangeListener(change -> validate.run());
        reason.addValueChangeListener(change -> validate.run());
        add(category, reason);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }
}
