package cn.kaichuang.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rolePrefix prefix of tenant role names; roles are cluster-wide, so databases that
 *                   share one PostgreSQL need distinct prefixes
 * @param migrationParallelism how many tenant schemas migrate at once
 * @param migrateOnStart whether the application brings outdated tenant schemas up to date in
 *                       the background after start (the CLI / Helm hook is the primary path)
 * @param appRole login role of the web application, granted membership of every tenant role
 *                when it differs from the role that provisions (empty: the same role)
 */
@ConfigurationProperties("kaichuang.tenancy")
public record TenancyProperties(
        @DefaultValue("") String rolePrefix,
        @DefaultValue("4") int migrationParallelism,
        @DefaultValue("true") boolean migrateOnStart,
        @DefaultValue("") String appRole) {

    public String roleName(TenantCode code) {
        return rolePrefix + code.schemaName();
    }
}
