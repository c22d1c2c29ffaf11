package cn.kaichuang.app.ui;

import cn.kaichuang.app.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The login page of the {@code local} mode; Spring Security checks the form posted to /login. */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n texts;

    public LoginView() {
        addClassName("kc-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        texts = i18n();
        form.setI18n(texts);
        Button language = new Button(getTranslation("nav.language"), VaadinIcon.GLOBE.create(),
                click -> LocalePreference.toggle(getUI().orElseThrow()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.subtitle")), form, language);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Header header = new LoginI18n.Header();
        header.setTitle(getTranslation("app.name"));
        header.setDescription(getTranslation("app.subtitle"));
        i18n.setHeader(header);
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    /** The texts given to the form, which does not hand them out again. */
    LoginI18n texts() {
        return texts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().isPresent()) {
            event.forwardTo(HomeRedirect.class);
            return;
        }
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed) {
            LoginLockMessage.lockedUntil().ifPresent(this::showLocked);
        }
        form.setError(failed);
    }

    private void showLocked(java.time.Instant until) {
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        error.setTitle(getTranslation("login.locked.title"));
        error.setMessage(getTranslation("login.locked.message",
                java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(until.atZone(Formats.CHINA))));
        form.setI18n(texts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title") + " | " + getTranslation("app.name");
    }
}
