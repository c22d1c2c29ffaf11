package cn.kaichuang.tenancy.internal;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Brings schema {@code platform} up to date before anything that uses it starts (JPA,
 * Quartz, the registry): Spring Boot orders those after every detected database initializer.
 */
@Component
class PlatformSchemaInitializer implements InitializingBean {

    private final SchemaMigrator migrator;

    PlatformSchemaInitializer(SchemaMigrator migrator) {
        this.migrator = migrator;
    }

    @Override
    public void afterPropertiesSet() {
        migrator.migratePlatform();
    }

    /** Registered in {@code META-INF/spring.factories}. */
    static class Detector extends AbstractBeansOfTypeDatabaseInitializerDetector {

        @Override
        protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
            return Set.of(PlatformSchemaInitializer.class);
        }
    }
}
