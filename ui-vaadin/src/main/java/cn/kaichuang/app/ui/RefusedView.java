package cn.kaichuang.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;

/**
 * Why someone was logged out or not let in (suspended institution, no role, no institution),
 * in their language. Anonymous: the session has ended by the time this shows.
 */
@Route("refused")
@AnonymousAllowed
public class RefusedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> REASONS = Set.of("suspended", "no-role", "no-tenant", "login");

    private final Paragraph message = new Paragraph();

    public RefusedView() {
        addClassName("kc-refused");
        message.addClassName("kc-refused-message");
        Anchor again = new Anchor("./", getTranslation("refused.again"));
        again.setRouterIgnore(true);
        add(new H1(getTranslation("refused.title")), message, again);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getLocation().getQueryParameters().getSingleParameter("reason").orElse("login");
        message.setText(getTranslation("refused." + (REASONS.contains(reason) ? reason : "login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("refused.title") + " | " + getTranslation("app.name");
    }
}
