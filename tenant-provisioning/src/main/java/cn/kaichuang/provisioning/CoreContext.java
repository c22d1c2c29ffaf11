package cn.kaichuang.provisioning;

import cn.kaichuang.KaichuangCore;
import cn.kaichuang.backup.ExportLog;
import cn.kaichuang.backup.TenantArchives;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.TenantBuckets;
import cn.kaichuang.tenancy.TenancyProperties;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The core, started for one command: a non-web Spring context over the platform database.
 * Starting it creates or migrates schema {@code platform} (the core does that at start).
 */
final class CoreContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private CoreContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** @throws CommandFailure with one line saying why, e.g. that the database is unreachable */
    static CoreContext start(CoreSettings settings, Map<String, Object> extra) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("kaichuang-tenants-command", extra));
        // First, so that an option beats whatever the process environment says through Spring.
        environment.getPropertySources()
                .addFirst(new MapPropertySource("kaichuang-tenants", settings.springProperties()));
        try {
            return new CoreContext(new SpringApplicationBuilder(Core.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .registerShutdownHook(false)
                    .environment(environment)
                    .run());
        } catch (RuntimeException e) {
            throw new CommandFailure(StartupFailures.describe(settings.displayUrl(), e), e);
        }
    }

    TenantProvisioning provisioning() {
        return context.getBean(TenantProvisioning.class);
    }

    TenantArchives archives() {
        return context.getBean(TenantArchives.class);
    }

    ExportLog exportLog() {
        return context.getBean(ExportLog.class);
    }

    Optional<ObjectStore> objectStore() {
        return Optional.ofNullable(context.getBeanProvider(ObjectStore.class).getIfAvailable());
    }

    TenantDirectory directory() {
        return context.getBean(TenantDirectory.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    String roleName(TenantCode code) {
        return context.getBean(TenancyProperties.class).roleName(code);
    }

    /** The institution's bucket, if this command has an object store. */
    Optional<String> bucketName(TenantCode code) {
        if (context.getBeanProvider(ObjectStore.class).getIfAvailable() == null) {
            return Optional.empty();
        }
        TenantBuckets buckets = context.getBeanProvider(TenantBuckets.class).getIfAvailable(TenantBuckets::new);
        return Optional.of(buckets.bucketFor(code.value()));
    }

    @Override
    public void close() {
        context.close();
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(KaichuangCore.class)
    static class Core {
    }
}
