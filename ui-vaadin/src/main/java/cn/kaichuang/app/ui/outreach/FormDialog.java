package cn.kaichuang.app.ui.outreach;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.BooleanSupplier;

/**
 * A small form in a dialog: the fields, cancel, and a confirm button whose action says whether it
 * succeeded; the dialog closes only then, so a refused entry can be corrected in place.
 */
class FormDialog extends Dialog {

    final Button confirm;

    FormDialog(String title, String confirmText, BooleanSupplier action, Component... fields) {
        setHeaderTitle(title);
        VerticalLayout body = new VerticalLayout(fields);
        body.setPadding(false);
        body.setWidth("min(32rem, 85vw)");
        add(body);
        confirm = new Button(confirmText, click -> {
            if (action.getAsBoolean()) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
