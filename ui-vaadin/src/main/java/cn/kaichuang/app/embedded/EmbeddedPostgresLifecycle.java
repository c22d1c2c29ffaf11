package cn.kaichuang.app.embedded;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Ties the embedded PostgreSQL to the application context: registered as its first
 * disposable bean, it is stopped last on shutdown, after the pools that use it are closed.
 */
final class EmbeddedPostgresLifecycle implements SmartApplicationListener {

    private final EmbeddedPostgresServer postgres;

    EmbeddedPostgresLifecycle(EmbeddedPostgresServer postgres) {
        this.postgres = postgres;
    }

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent prepared
                && prepared.getApplicationContext().getBeanFactory() instanceof DefaultListableBeanFactory beans
                && !beans.containsSingleton("embeddedPostgres")) {
            beans.registerSingleton("embeddedPostgres", postgres);
            beans.registerDisposableBean("embeddedPostgres", postgres::close);
        } else if (event instanceof ApplicationFailedEvent) {
            postgres.close();
        }
    }
}
