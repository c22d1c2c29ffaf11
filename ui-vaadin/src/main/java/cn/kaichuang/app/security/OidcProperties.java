package cn.kaichuang.app.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keycloak as the web app's login ({@code kaichuang.login.mode=oidc}), set by
 * {@code KAICHUANG_OIDC_ISSUER_URI}, {@code _CLIENT_ID} and {@code _CLIENT_SECRET}.
 *
 * @param issuerUri the realm's URL, e.g. https://sso.example.cn/realms/kaichuang
 */
@ConfigurationProperties("kaichuang.oidc")
public record OidcProperties(URI issuerUri, String clientId, String clientSecret) {

    public OidcProperties {
        if (issuerUri == null || clientId == null || clientSecret == null) {
            throw new IllegalArgumentException("kaichuang.login.mode=oidc needs KAICHUANG_OIDC_ISSUER_URI,"
                    + " KAICHUANG_OIDC_CLIENT_ID and KAICHUANG_OIDC_CLIENT_SECRET");
        }
    }

    @Override
    public String toString() {
        return "OidcProperties[" + issuerUri + ", " + clientId + "]";
    }
}
