package cn.kaichuang.notification;

/** A refused notification operation; the message is a translation key ({@code notification.error.*}). */
public class NotificationException extends RuntimeException {

    public NotificationException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
