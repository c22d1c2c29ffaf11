package cn.kaichuang.provisioning.keycloak;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The few calls of Keycloak's Admin REST API that provisioning needs, as the realm's
 * provisioning client (client-credentials grant). Spring's {@link RestClient} rather than
 * {@code keycloak-admin-client}: that one brings RESTEasy and Jackson 2 next to Boot 4's
 * Jackson 3, for a dozen plain JSON calls.
 */
final class KeycloakAdmin {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };

    private final RestClient admin;

    private KeycloakAdmin(RestClient admin) {
        this.admin = admin;
    }

    /** Signs in as the provisioning client; fails at once when URL, realm or secret are wrong. */
    static KeycloakAdmin connect(KeycloakSettings settings) {
        String base = settings.url().toString().replaceAll("/+$", "");
        RestClient plain = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory()).build();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", settings.clientId());
        form.add("client_secret", settings.clientSecret());
        Map<String, Object> token = plain.post()
                .uri(base + "/realms/{realm}/protocol/openid-connect/token", settings.realm())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(OBJECT);
        String accessToken = String.valueOf(token == null ? null : token.get("access_token"));
        return new KeycloakAdmin(plain.mutate()
                .baseUrl(base + "/admin/realms/" + settings.realm())
                .defaultHeaders(headers -> headers.setBearerAuth(accessToken))
                .build());
    }

    String createOrganization(String name, String alias, String description) {
        return idOf(admin.post().uri("/organizations").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name, "alias", alias, "enabled", true, "description", description))
                .retrieve().toBodilessEntity().getHeaders().getLocation());
    }

    Optional<String> organizationId(String alias) {
        int page = 100;
        for (int first = 0; ; first += page) {
            List<Map<String, Object>> found = admin.get()
                    .uri("/organizations?briefRepresentation=true&first={first}&max={max}", first, page)
                    .retrieve().body(LIST);
            if (found == null || found.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> match = found.stream().filter(o -> alias.equals(o.get("alias")))
                    .map(o -> String.valueOf(o.get("id"))).findFirst();
            if (match.isPresent() || found.size() < page) {
                return match;
            }
        }
    }

    void deleteOrganization(String id) {
        admin.delete().uri("/organizations/{id}", id).retrieve().toBodilessEntity();
    }

    void addMember(String organizationId, String userId) {
        admin.post().uri("/organizations/{id}/members", organizationId).contentType(MediaType.APPLICATION_JSON)
                .body("\"" + userId + "\"").retrieve().toBodilessEntity();
    }

    String createUser(Map<String, Object> representation) {
        return idOf(admin.post().uri("/users").contentType(MediaType.APPLICATION_JSON).body(representation)
                .retrieve().toBodilessEntity().getHeaders().getLocation());
    }

    void grantRealmRole(String userId, String role) {
        Map<String, Object> representation = admin.get().uri("/roles/{role}", role).retrieve().body(OBJECT);
        admin.post().uri("/users/{id}/role-mappings/realm", userId).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(representation)).retrieve().toBodilessEntity();
    }

    /** Full representations (attributes included) of the users whose attribute holds the value. */
    List<Map<String, Object>> usersWithAttribute(String attribute, String value) {
        List<Map<String, Object>> users = admin.get()
                .uri("/users?q={query}&briefRepresentation=false&max=10000", attribute + ":" + value)
                .retrieve().body(LIST);
        return users == null ? List.of() : users;
    }

    /** Writes back a representation read with {@link #usersWithAttribute}, so nothing else changes. */
    void updateUser(Map<String, Object> representation) {
        admin.put().uri("/users/{id}", representation.get("id")).contentType(MediaType.APPLICATION_JSON)
                .body(representation).retrieve().toBodilessEntity();
    }

    void endSessions(String userId) {
        admin.post().uri("/users/{id}/logout", userId).retrieve().toBodilessEntity();
    }

    void deleteUser(String id) {
        admin.delete().uri("/users/{id}", id).retrieve().toBodilessEntity();
    }

    private static String idOf(URI location) {
        if (location == null) {
            throw new IllegalStateException("Keycloak answered without the new object's location");
        }
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
