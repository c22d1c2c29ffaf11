package cn.kaichuang.provisioning.keycloak;

import java.net.URI;

/**
 * How the CLI reaches Keycloak: its base URL, the realm of the platform, and a confidential
 * client with a service account allowed to manage users and organizations there.
 */
public record KeycloakSettings(URI url, String realm, String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "KeycloakSettings[" + url + ", realm " + realm + ", client " + clientId + "]";
    }
}
