package cn.kaichuang.provisioning;

import static cn.kaichuang.provisioning.OptionOrEnvironment.pick;

import cn.kaichuang.provisioning.keycloak.InstitutionIdentities;
import cn.kaichuang.provisioning.keycloak.KeycloakInstitutions;
import cn.kaichuang.provisioning.keycloak.KeycloakSettings;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Keycloak for the commands that change an institution (DESIGN §4): when given, they also act
 * on the institution's organization and accounts there. Each option falls back to an
 * environment variable; all four or none.
 */
final class KeycloakOptions {

    static final String URL = "KAICHUANG_KEYCLOAK_URL";
    static final String REALM = "KAICHUANG_KEYCLOAK_REALM";
    static final String CLIENT_ID = "KAICHUANG_KEYCLOAK_CLIENT_ID";
    static final String CLIENT_SECRET = "KAICHUANG_KEYCLOAK_CLIENT_SECRET";

    @Option(names = "--keycloak-url", paramLabel = "<uri>", order = 200,
            description = "Keycloak base URL, e.g. https://sso.example.cn (env " + URL + ").")
    @Nullable String url;

    @Option(names = "--keycloak-realm", paramLabel = "<realm>", order = 201,
            description = "The platform's realm, e.g. kaichuang (env " + REALM + ").")
    @Nullable String realm;

    @Option(names = "--keycloak-client-id", paramLabel = "<id>", order = 202,
            description = "Client with a service account that manages users and organizations (env " + CLIENT_ID
                    + ").")
    @Nullable String clientId;

    @Option(names = "--keycloak-client-secret", paramLabel = "<secret>", order = 203,
            description = "Its secret (env " + CLIENT_SECRET + ", preferable).")
    @Nullable String clientSecret;

    /** @throws UsageError when only some of the four are given or the URL is not http(s) */
    @Nullable KeycloakSettings resolve(Map<String, String> environment) {
        String u = pick(url, environment, URL);
        String r = pick(realm, environment, REALM);
        String id = pick(clientId, environment, CLIENT_ID);
        String secret = pick(clientSecret, environment, CLIENT_SECRET);
        if (u == null && r == null && id == null && secret == null) {
            return null;
        }
        if (u == null || r == null || id == null || secret == null) {
            throw new UsageError("Keycloak needs all of --keycloak-url, --keycloak-realm, --keycloak-client-id and"
                    + " --keycloak-client-secret (or " + URL + ", " + REALM + ", " + CLIENT_ID + ", " + CLIENT_SECRET
                    + ")");
        }
        if (!u.matches("https?://[^/\\s]+(/\\S*)?")) {
            throw new UsageError("--keycloak-url must be an http(s) URL such as https://sso.example.cn, got '" + u
                    + "'");
        }
        return new KeycloakSettings(URI.create(u), r, id, secret);
    }

    /** Signs in to Keycloak before anything changes, so that a wrong secret changes nothing. */
    static InstitutionIdentities connect(@Nullable KeycloakSettings settings) {
        if (settings == null) {
            return InstitutionIdentities.NONE;
        }
        try {
            return KeycloakInstitutions.connect(settings);
        } catch (RuntimeException e) {
            throw new CommandFailure("Cannot sign in to Keycloak at " + settings.url() + " (realm " + settings.realm()
                    + ", client " + settings.clientId() + "); nothing was changed: " + Failures.rootMessage(e), e);
        }
    }
}
