package cn.kaichuang.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The language of the user's session: Simplified Chinese unless switched to English, whatever
 * the browser asks for (the platform's users are in Hunan; English is the second language).
 */
public final class LocalePreference {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String ATTRIBUTE = LocalePreference.class.getName();

    private LocalePreference() {
    }

    public static Locale of(VaadinSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Locale locale ? locale : CHINESE;
    }

    public static boolean isChinese(Locale locale) {
        return locale.getLanguage().equals(CHINESE.getLanguage());
    }

    /** Switches the session to the other language and re-renders the page in it. */
    public static void toggle(UI ui) {
        Locale next = isChinese(ui.getLocale()) ? ENGLISH : CHINESE;
        VaadinSession session = ui.getSession();
        session.setAttribute(ATTRIBUTE, next);
        session.setLocale(next);
        ui.setLocale(next);
        ui.getPage().reload();
    }
}
