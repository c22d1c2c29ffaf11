package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.demo.DemoAccounts;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.LocalAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ChangePasswordDialogTest extends KaribuTest {

    @Autowired
    LocalAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theMenuOpensItAndItExplainsEachRefusalBeforeChanging() {
        // A demo account, as the context's other tests count accounts; its password is restored below.
        Caller user = login("expert1");
        asTenantOf(user, () -> UI.getCurrent().navigate(""));
        _click(_get(Button.class, spec -> spec.withClasses("kc-change-password")));
        ChangePasswordDialog dialog = _get(ChangePasswordDialog.class);

        dialog.current.setValue(DemoAccounts.PASSWORD);
        dialog.next.setValue("weakpass");
        dialog.repeat.setValue("weakpass");
        _click(dialog.save);
        assertThat(dialog.next.isInvalid()).isTrue();
        assertThat(dialog.next.getErrorMessage()).contains("至少需要 10 个字符").contains("至少三类");

        dialog.next.setValue("Dialog#Next22");
        dialog.repeat.setValue("Dialog#Next23");
        _click(dialog.save);
        assertThat(dialog.repeat.isInvalid()).isTrue();

        dialog.current.setValue("wrong");
        dialog.repeat.setValue("Dialog#Next22");
        _click(dialog.save);
        assertThat(dialog.current.getErrorMessage()).isEqualTo("当前密码不正确");
        assertThat(encoder.matches(DemoAccounts.PASSWORD, accounts.passwordHash("expert1").orElseThrow())).isTrue();

        dialog.current.setValue(DemoAccounts.PASSWORD);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(encoder.matches("Dialog#Next22", accounts.passwordHash("expert1").orElseThrow())).isTrue();
    }

    @AfterEach
    void restoreTheDemoPassword() {
        accounts.upgradePasswordHash("expert1", encoder.encode(DemoAccounts.PASSWORD));
    }
}
