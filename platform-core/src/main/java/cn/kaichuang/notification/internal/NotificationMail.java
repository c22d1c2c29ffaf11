package cn.kaichuang.notification.internal;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Boot's mail sender, which exists only when {@code spring.mail.host} is
 * set; without it notifications stay in the app.
 */
@Component
public class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final Optional<JavaMailSender> sender;

    NotificationMail(Optional<JavaMailSender> sender) {
        this.sender = sender;
    }

    public boolean configured() {
        return sender.isPresent();
    }

    /** Whether the message was handed to the SMTP server; a failure is logged without the address. */
    public boolean send(String from, String to, String subject, String text) {
        if (sender.isEmpty()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.get().send(message);
            return true;
        } catch (MailException e) {
            log.warn("Notification e-mail not sent: {}", e.getMessage());
            return false;
        }
    }
}
