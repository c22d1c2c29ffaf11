package cn.kaichuang.provisioning;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the core needs to know to start for one command, resolved from options and environment. */
record CoreSettings(
        String jdbcUrl,
        @Nullable String user,
        @Nullable String password,
        @Nullable ObjectStore objectStore,
        @Nullable String rolePrefix) {

    record ObjectStore(URI endpoint, String accessKey, String secretKey) {
    }

    /**
     * Spring properties for the core. Settings not given here still come from the process
     * environment through Spring (e.g. {@code KAICHUANG_TENANCY_APP_ROLE}), as for the web app.
     */
    Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        putIfSet(properties, "spring.datasource.username", user);
        putIfSet(properties, "spring.datasource.password", password);
        // A short-lived command needs a connection or two, not a warmed-up pool.
        properties.put("spring.datasource.hikari.minimum-idle", 1);
        putIfSet(properties, "kaichuang.tenancy.role-prefix", rolePrefix);
        // Migrating is what the migrate command is for, in the foreground, with progress.
        properties.put("kaichuang.tenancy.migrate-on-start", false);
        // Nor does each command seed the question bank or backfill indexes over every institution.
        properties.put("kaichuang.startup-tasks.enabled", false);
        // An in-process S3 server would hold buckets nobody else sees once the command exits.
        properties.put("kaichuang.storage.embedded.enabled", false);
        if (objectStore != null) {
            properties.put("kaichuang.storage.endpoint", objectStore.endpoint().toString());
            properties.put("kaichuang.storage.access-key", objectStore.accessKey());
            properties.put("kaichuang.storage.secret-key", objectStore.secretKey());
        }
        return properties;
    }

    /** The JDBC URL as it may be shown: without a password given as a parameter. */
    String displayUrl() {
        return redact(jdbcUrl);
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static void putIfSet(Map<String, Object> properties, String key, @Nullable String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
