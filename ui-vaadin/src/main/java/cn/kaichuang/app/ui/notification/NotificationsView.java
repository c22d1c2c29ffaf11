package cn.kaichuang.app.ui.notification;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.notification.Notification;
import cn.kaichuang.notification.NotificationException;
import cn.kaichuang.notification.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 消息通知: the signed-in person's notifications, newest first (opening one marks it read and
 * follows its link), and the address notification e-mails go to.
 */
@Route(value = "notifications", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.LECTURER, Roles.EXPERT,
        Roles.MENTOR, Roles.TRAINEE})
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final Notifications notifications;
    final Div list = new Div();
    final EmailField email = new EmailField();
    final Button readAll;

    NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        addClassName("kc-view");
        setMaxWidth("40rem");
        readAll = new Button(getTranslation("notification.read-all"), click -> {
            notifications.markAllRead();
            refresh();
        });
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new HorizontalLayout(new H2(getTranslation("notification.title")), readAll), list);

        email.setLabel(getTranslation("notification.email"));
        email.setHelperText(getTranslation(notifications.mailConfigured() ? "notification.email.help"
                : "notification.email.off"));
        email.setValue(notifications.myEmail().orElse(""));
        email.setWidthFull();
        Button save = new Button(getTranslation("notification.email.save"), click -> saveEmail());
        add(new H3(getTranslation("notification.settings")), email, save);
        refresh();
    }

    void saveEmail() {
        try {
            notifications.setMyEmail(email.getValue());
            email.setInvalid(false);
            com.vaadin.flow.component.notification.Notification.show(getTranslation("notification.email.saved"));
        } catch (NotificationException e) {
            email.setInvalid(true);
            email.setErrorMessage(getTranslation(e.messageKey()));
        }
    }

    void refresh() {
        list.removeAll();
        List<Notification> mine = notifications.mine();
        readAll.setEnabled(mine.stream().anyMatch(Notification::unread));
        if (mine.isEmpty()) {
            list.add(new EmptyState(VaadinIcon.BELL_O, getTranslation("notification.empty")));
            return;
        }
        mine.forEach(n -> {
            Div card = new Div();
            card.addClassName("kc-card");
            if (n.unread()) {
                card.addClassName("kc-unread");
            }
            Span title = new Span(n.title());
            title.getStyle().set("font-weight", n.unread() ? "600" : "400");
            card.add(new Div(title), new Div(n.body()), new Div(Formats.dateTime(this, n.createdAt())));
            Button open = new Button(getTranslation(n.unread() ? "notification.open-unread" : "notification.open"),
                    click -> open(n));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(open);
            list.add(card);
        });
    }

    void open(Notification n) {
        notifications.markRead(n.id());
        if (n.link() != null && !n.link().isBlank()) {
            UI.getCurrent().navigate(n.link());
        } else {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title") + " | " + getTranslation("app.name");
    }
}
