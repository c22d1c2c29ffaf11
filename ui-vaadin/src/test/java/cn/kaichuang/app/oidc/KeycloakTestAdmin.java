package cn.kaichuang.app.oidc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The test's own look into Keycloak as its bootstrap admin, to set up and to check what the code did. */
final class KeycloakTestAdmin {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };

    private final RestClient realm;

    /** Signs in for every call: the master realm's admin tokens live one minute. */
    KeycloakTestAdmin(KeycloakServer keycloak) {
        RestClient plain = RestClient.create();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "password");
        form.add("client_id", "admin-cli");
        form.add("username", KeycloakServer.ADMIN);
        form.add("password", KeycloakServer.ADMIN_PASSWORD);
        this.realm = plain.mutate().baseUrl(keycloak.url() + "/admin/realms/" + KeycloakServer.REALM)
                .requestInterceptor((request, body, execution) -> {
                    Map<String, Object> token = plain.post()
                            .uri(keycloak.url() + "/realms/master/protocol/openid-connect/token")
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(OBJECT);
                    request.getHeaders().setBearerAuth(String.valueOf(token.get("access_token")));
                    return execution.execute(request, body);
                })
                .build();
    }

    /** Lets the web client return to the app on its random port, after login and after logout. */
    void allowRedirectsTo(String appBase) {
        Map<String, Object> client = realm.get().uri("/clients?clientId=kaichuang-web").retrieve().body(LIST)
                .getFirst();
        client.put("redirectUris", List.of(appBase + "/*", appBase));
        realm.put().uri("/clients/{id}", client.get("id")).contentType(MediaType.APPLICATION_JSON).body(client)
                .retrieve().toBodilessEntity();
    }

    Optional<Map<String, Object>> user(String username) {
        return realm.get().uri("/users?username={u}&exact=true", username).retrieve().body(LIST).stream().findFirst();
    }

    boolean organizationExists(String alias) {
        return realm.get().uri("/organizations?briefRepresentation=true&max=1000").retrieve().body(LIST).stream()
                .anyMatch(organization -> alias.equals(organization.get("alias")));
    }

    void createUser(String username) {
        realm.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "enabled", true)).retrieve().toBodilessEntity();
    }
}
