package cn.kaichuang.app.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** How dates, times and personal data are shown; patterns come from the translations. */
public final class Formats {

    /** Times are shown as clocks in Hunan read them, whatever the server's time zone. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Formats() {
    }

    public static String date(Component component, LocalDate date) {
        return DateTimeFormatter.ofPattern(component.getTranslation("format.date")).format(date);
    }

    public static String dateTime(Component component, Instant instant) {
        return DateTimeFormatter.ofPattern(component.getTranslation("format.datetime"))
                .format(instant.atZone(CHINA));
    }

    /** 138****5678: enough to recognise a number, not to call it. */
    public static String maskedPhone(@Nullable String phone) {
        if (phone == null || phone.length() < 7) {
            return "—";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
