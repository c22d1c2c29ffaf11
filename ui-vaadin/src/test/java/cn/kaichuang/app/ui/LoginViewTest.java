package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.security.AccountLockedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import org.springframework.security.web.WebAttributes;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymousVisitorsAreSentToTheChineseLoginForm() {
        UI.getCurrent().navigate("cohorts");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(LoginView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("开创");
        LoginI18n.Form form = _get(LoginView.class).texts().getForm();
        assertThat(form.getTitle()).isEqualTo("登录");
        assertThat(form.getUsername()).isEqualTo("用户名");
        assertThat(form.getPassword()).isEqualTo("密码");
        assertThat(form.getSubmit()).isEqualTo("登录");
        assertThat(_get(LoginForm.class).isForgotPasswordButtonVisible()).isFalse();
    }

    @Test
    void aFailedLoginShowsTheChineseError() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).texts().getErrorMessage().getTitle()).isEqualTo("用户名或密码不正确");
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void aLockedAccountIsToldWhenToTryAgainInChinaTime() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new AccountLockedException(Instant.parse("2026-11-28T07:45:00Z")));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginForm.class).isError()).isTrue();
        LoginI18n.ErrorMessage error = _get(LoginView.class).texts().getErrorMessage();
        assertThat(error.getTitle()).isEqualTo("账户已暂时锁定");
        assertThat(error.getMessage()).contains("15:45");
    }

    @Test
    void chineseIsTheDefaultWhateverTheBrowserAsks() {
        assertThat(UI.getCurrent().getLocale()).isEqualTo(LocalePreference.CHINESE);
    }
}
