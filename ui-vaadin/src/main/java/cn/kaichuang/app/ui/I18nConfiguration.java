package cn.kaichuang.app.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Texts from {@code vaadin-i18n/translations*.properties}; every UI starts in the session's language. */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(List.of(LocalePreference.CHINESE, LocalePreference.ENGLISH));
    }

    @Bean
    VaadinServiceInitListener sessionLanguageOnEveryUi() {
        // Runs after Vaadin picked a locale from the browser's Accept-Language, and overrides it.
        return event -> event.getSource().addUIInitListener(init -> init.getUI()
                .setLocale(LocalePreference.of(init.getUI().getSession())));
    }
}
