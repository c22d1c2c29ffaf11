package cn.kaichuang.storage;

import cn.kaichuang.storage.internal.ObjectStoreHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Reports the object store as health component {@code objectStore} (the bean name less its
 * {@code HealthIndicator} suffix). Separate from {@link StorageAutoConfiguration}, as Boot keeps its
 * own health contributors, so it can run after the store exists and be switched off with
 * {@code management.health.objectstore.enabled=false}.
 */
@AutoConfiguration(after = StorageAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(ObjectStore.class)
@ConditionalOnEnabledHealthIndicator("objectstore")
public class StorageHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "objectStoreHealthIndicator")
    HealthIndicator objectStoreHealthIndicator(ObjectStore objectStore) {
        return new ObjectStoreHealthIndicator(objectStore);
    }
}
