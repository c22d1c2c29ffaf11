package cn.kaichuang.provisioning;

import static cn.kaichuang.provisioning.OptionOrEnvironment.pick;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where the platform's database and object store are: options of every subcommand, each
 * falling back to an environment variable (preferable for secrets, which options show in
 * {@code ps}).
 */
final class ConnectionOptions {

    static final String JDBC_URL = "KAICHUANG_JDBC_URL";
    static final String JDBC_USER = "KAICHUANG_JDBC_USER";
    static final String JDBC_PASSWORD = "KAICHUANG_JDBC_PASSWORD";
    static final String S3_ENDPOINT = "KAICHUANG_S3_ENDPOINT";
    static final String S3_ACCESS_KEY = "KAICHUANG_S3_ACCESS_KEY";
    static final String S3_SECRET_KEY = "KAICHUANG_S3_SECRET_KEY";
    static final String ROLE_PREFIX = "KAICHUANG_ROLE_PREFIX";
    // The web application's names for the same object store, so one env file serves both.
    static final String APP_S3_ENDPOINT = "KAICHUANG_STORAGE_ENDPOINT";
    static final String APP_S3_ACCESS_KEY = "KAICHUANG_STORAGE_ACCESS_KEY";
    static final String APP_S3_SECRET_KEY = "KAICHUANG_STORAGE_SECRET_KEY";

    @Option(names = "--jdbc-url", paramLabel = "<url>", order = 100,
            description = "PostgreSQL JDBC URL of the platform database (env " + JDBC_URL + ").")
    @Nullable String jdbcUrl;

    @Option(names = "--user", paramLabel = "<user>", order = 101,
            description = "Database user; needs CREATEROLE and CREATE on the database (env " + JDBC_USER + ").")
    @Nullable String user;

    @Option(names = "--password", paramLabel = "<password>", order = 102,
            description = "Database password (env " + JDBC_PASSWORD + ", preferable).")
    @Nullable String password;

    @Option(names = "--s3-endpoint", paramLabel = "<uri>", order = 103,
            description = "S3/MinIO endpoint; when set, create makes the institution's bucket and drop removes it"
                    + " (env " + S3_ENDPOINT + " or " + APP_S3_ENDPOINT + ").")
    @Nullable String s3Endpoint;

    @Option(names = "--s3-access-key", paramLabel = "<key>", order = 104,
            description = "S3 access key (env " + S3_ACCESS_KEY + ").")
    @Nullable String s3AccessKey;

    @Option(names = "--s3-secret-key", paramLabel = "<key>", order = 105,
            description = "S3 secret key (env " + S3_SECRET_KEY + ", preferable).")
    @Nullable String s3SecretKey;

    @Option(names = "--role-prefix", paramLabel = "<prefix>", order = 106,
            description = "Prefix of tenant role names, as the application's kaichuang.tenancy.role-prefix"
                    + " (env " + ROLE_PREFIX + ").")
    @Nullable String rolePrefix;

    CoreSettings resolve(Map<String, String> environment) {
        String url = pick(jdbcUrl, environment, JDBC_URL);
        if (url == null) {
            throw new UsageError("No database given: use --jdbc-url or set " + JDBC_URL);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new UsageError("--jdbc-url must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://host:5432/kaichuang, got '" + CoreSettings.redact(url) + "'");
        }
        String prefix = pick(rolePrefix, environment, ROLE_PREFIX);
        // Role names are PostgreSQL identifiers of at most 63 characters, and a schema name takes up to 34.
        if (prefix != null && !prefix.matches("[a-z_][a-z0-9_]{0,28}")) {
            throw new UsageError("Invalid role prefix '" + prefix
                    + "': up to 29 lower-case letters, digits and '_', not starting with a digit");
        }
        return new CoreSettings(url, pick(user, environment, JDBC_USER), pick(password, environment, JDBC_PASSWORD),
                objectStore(environment), prefix);
    }

    private CoreSettings.@Nullable ObjectStore objectStore(Map<String, String> environment) {
        String endpoint = pick(s3Endpoint, environment, S3_ENDPOINT, APP_S3_ENDPOINT);
        if (endpoint == null) {
            return null;
        }
        String accessKey = pick(s3AccessKey, environment, S3_ACCESS_KEY, APP_S3_ACCESS_KEY);
        String secretKey = pick(s3SecretKey, environment, S3_SECRET_KEY, APP_S3_SECRET_KEY);
        if (accessKey == null || secretKey == null) {
            throw new UsageError("--s3-endpoint needs --s3-access-key and --s3-secret-key (or " + S3_ACCESS_KEY
                    + " and " + S3_SECRET_KEY + ")");
        }
        return new CoreSettings.ObjectStore(endpointUri(endpoint), accessKey, secretKey);
    }

    private static URI endpointUri(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, the same as a URI of the wrong kind
        }
        throw new UsageError("--s3-endpoint must be an http(s) URI such as https://minio.internal:9000, got '"
                + endpoint + "'");
    }
}
