package cn.kaichuang.app.ui.notification;

import cn.kaichuang.notification.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The header's bell: the unread count as a badge, a click opens 消息通知. */
public class NotificationBell extends Button {

    final Span badge = new Span();

    public NotificationBell(Notifications notifications) {
        super(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("kc-bell");
        int unread = notifications.unreadCount();
        setAriaLabel(getTranslation("notification.bell", unread));
        badge.getElement().getThemeList().add("badge error pill small");
        badge.addClassName("kc-bell-count");
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        setSuffixComponent(badge);
        addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    }
}
