package cn.kaichuang.tenancy.internal;

import cn.kaichuang.tenancy.TenancyProperties;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Schema-per-tenant Hibernate over the one shared pool. */
@Configuration(proxyBeanMethods = false)
class MultiTenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer schemaPerTenant(DataSource dataSource, TenancyProperties properties) {
        return hibernate -> {
            hibernate.put(AvailableSettings.MULTI_TENANT_CONNECTION_PROVIDER,
                    new TenantConnectionProvider(dataSource, properties));
            hibernate.put(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new TenantIdentifierResolver());
            // No tenant is current at start-up, so Hibernate must not ask the database about itself.
            hibernate.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, false);
            hibernate.put(AvailableSettings.DIALECT, "org.hibernate.dialect.PostgreSQLDialect");
        };
    }
}
