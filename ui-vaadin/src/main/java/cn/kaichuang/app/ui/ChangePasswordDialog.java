package cn.kaichuang.app.ui;

import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.identity.WeakPasswordException;
import cn.kaichuang.identity.WrongPasswordException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.stream.Collectors;

/**
 * Lets a user of a local account change their password. The core checks the current password
 * and the policy; each broken rule is named in the user's language, and nothing changes then.
 */
public class ChangePasswordDialog extends Dialog {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    public ChangePasswordDialog(LocalAccounts accounts, String username) {
        setHeaderTitle(getTranslation("password.change.title"));
        current.setLabel(getTranslation("password.change.current"));
        next.setLabel(getTranslation("password.change.new"));
        next.setHelperText(getTranslation("password.change.hint"));
        repeat.setLabel(getTranslation("password.change.repeat"));
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setWidthFull();
        }
        VerticalLayout fields = new VerticalLayout(current, next, repeat);
        fields.setPadding(false);
        add(fields);
        save.setText(getTranslation("password.change.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(accounts, username));
        Button cancel = new Button(getTranslation("password.change.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save(LocalAccounts accounts, String username) {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            invalid(repeat, getTranslation("password.change.mismatch"));
            return;
        }
        try {
            accounts.changePassword(username, current.getValue(), next.getValue());
        } catch (WrongPasswordException e) {
            invalid(current, getTranslation(WrongPasswordException.MESSAGE_KEY));
            return;
        } catch (WeakPasswordException e) {
            invalid(next, e.violations().stream().map(this::getTranslation).collect(Collectors.joining("；")));
            return;
        }
        Notification.show(getTranslation("password.change.done"));
        close();
    }

    private static void invalid(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
