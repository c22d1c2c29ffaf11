package cn.kaichuang.provisioning.keycloak;

import cn.kaichuang.tenancy.TenantCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Institutions in Keycloak: one organization per institution (alias = code), accounts bound
 * to it by the user attribute {@code tenant}, which the web app reads from the token. A person
 * working for several institutions keeps their account when one of them is suspended or
 * dropped; the web app refuses only that institution.
 */
public final class KeycloakInstitutions implements InstitutionIdentities {

    static final String TENANT = "tenant";
    static final String ADMIN_ROLE = "INSTITUTION_ADMIN";

    private final KeycloakAdmin keycloak;
    private final TemporaryPasswords passwords = new TemporaryPasswords();

    private KeycloakInstitutions(KeycloakAdmin keycloak) {
        this.keycloak = keycloak;
    }

    public static KeycloakInstitutions connect(KeycloakSettings settings) {
        return new KeycloakInstitutions(KeycloakAdmin.connect(settings));
    }

    @Override
    public Optional<FirstAdmin> create(TenantCode tenant, String name, String adminUsername) {
        Compensation compensation = new Compensation();
        try {
            String organization = keycloak.createOrganization(name, tenant.value(), name);
            compensation.onFailure(() -> keycloak.deleteOrganization(organization));
            String password = passwords.next();
            String user = keycloak.createUser(Map.of(
                    "username", adminUsername,
                    "enabled", true,
                    "attributes", Map.of(TENANT, List.of(tenant.value())),
                    "credentials", List.of(Map.of("type", "password", "value", password, "temporary", true)),
                    "requiredActions", List.of("UPDATE_PASSWORD")));
            compensation.onFailure(() -> keycloak.deleteUser(user));
            keycloak.grantRealmRole(user, ADMIN_ROLE);
            keycloak.addMember(organization, user);
            return Optional.of(new FirstAdmin(adminUsername, password));
        } catch (RuntimeException e) {
            throw compensation.rollBack(e);
        }
    }

    @Override
    public int suspend(TenantCode tenant) {
        List<Map<String, Object>> own = onlyOf(tenant);
        for (Map<String, Object> user : own) {
            setEnabled(user, false);
            keycloak.endSessions(String.valueOf(user.get("id")));
        }
        return own.size();
    }

    @Override
    public int resume(TenantCode tenant) {
        List<Map<String, Object>> own = onlyOf(tenant);
        own.forEach(user -> setEnabled(user, true));
        return own.size();
    }

    @Override
    public int drop(TenantCode tenant) {
        int removed = 0;
        for (Map<String, Object> user : keycloak.usersWithAttribute(TENANT, tenant.value())) {
            List<String> tenants = tenantsOf(user);
            if (!tenants.contains(tenant.value())) {
                continue;
            }
            if (tenants.size() == 1) {
                keycloak.deleteUser(String.valueOf(user.get("id")));
                removed++;
            } else {
                List<String> others = new ArrayList<>(tenants);
                others.remove(tenant.value());
                attributes(user).put(TENANT, others);
                keycloak.updateUser(user);
            }
        }
        keycloak.organizationId(tenant.value()).ifPresent(keycloak::deleteOrganization);
        return removed;
    }

    private List<Map<String, Object>> onlyOf(TenantCode tenant) {
        return keycloak.usersWithAttribute(TENANT, tenant.value()).stream()
                .filter(user -> tenantsOf(user).equals(List.of(tenant.value())))
                .toList();
    }

    private void setEnabled(Map<String, Object> user, boolean enabled) {
        Map<String, Object> copy = new LinkedHashMap<>(user);
        copy.put("enabled", enabled);
        keycloak.updateUser(copy);
    }

    private static List<String> tenantsOf(Map<String, Object> user) {
        Object values = attributes(user).get(TENANT);
        if (values instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(Map<String, Object> user) {
        Object attributes = user.get("attributes");
        if (attributes instanceof Map<?, ?> map) {
            Map<String, Object> mutable = new LinkedHashMap<>((Map<String, Object>) map);
            user.put("attributes", mutable);
            return mutable;
        }
        Map<String, Object> empty = new LinkedHashMap<>();
        user.put("attributes", empty);
        return empty;
    }
}
