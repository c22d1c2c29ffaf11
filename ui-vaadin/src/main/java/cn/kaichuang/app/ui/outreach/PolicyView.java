package cn.kaichuang.app.ui.outreach;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.outreach.Policies;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * One policy as a trainee reads it: the sanitized HTML of its Markdown and its attachments.
 * Opening it is what the publicity statistics count.
 */
@Route(value = "services/policy", layout = MainLayout.class)
@RolesAllowed({Roles.TRAINEE, Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class PolicyView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Policies policies;
    private String title = "";

    PolicyView(Policies policies) {
        this.policies = policies;
        addClassName("kc-view");
        setMaxWidth("40rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        add(new RouterLink(getTranslation("outreach.back"), ServicesHubView.class));
        Optional<Policies.Policy> found = policies.open(id);
        if (found.isEmpty()) {
            add(new EmptyState(VaadinIcon.FILE_TEXT_O, getTranslation("outreach.policy.not-found")));
            return;
        }
        Policies.Policy policy = found.get();
        title = policy.title();
        Div body = new Div(new Html("<div>" + policy.html() + "</div>"));
        body.addClassName("kc-policy-body");
        add(new H2(policy.title()), Cards.line(VaadinIcon.CALENDAR, Formats.dateTime(this, policy.publishedAt())), body);
        var attachments = policies.attachments(id);
        if (!attachments.isEmpty()) {
            add(new H3(getTranslation("outreach.policy.attachments")));
            for (Policies.Attachment attachment : attachments) {
                Anchor link = new Anchor(policies.attachmentUrl(id, attachment.id()).toString(), attachment.fileName(),
                        AnchorTarget.BLANK);
                add(link);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
