package cn.kaichuang.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's TLS recipe, run: a self-signed PKCS#12 keystore made with keytool, named as a
 * Spring SSL bundle, and the application serving HTTPS with it.
 */
@WebAppTest
class HttpsTest {

    private static final String PASSWORD = "changeit-test";
    private static final Path KEYSTORE = Path.of("target", "tls", "kaichuang-" + ProcessHandle.current().pid() + ".p12")
            .toAbsolutePath();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void sslBundle(DynamicPropertyRegistry registry) throws Exception {
        makeKeystore();
        registry.add("server.ssl.bundle", () -> "web");
        registry.add("spring.ssl.bundle.jks.web.keystore.location", () -> "file:" + KEYSTORE);
        registry.add("spring.ssl.bundle.jks.web.keystore.password", () -> PASSWORD);
        registry.add("spring.ssl.bundle.jks.web.keystore.type", () -> "PKCS12");
        registry.add("spring.ssl.bundle.jks.web.key.alias", () -> "kaichuang");
    }

    @Test
    void healthAnswersOverHttpsWithTheBundlesCertificate() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(trustingOurCertificate()).build();

        HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        X509Certificate served = (X509Certificate) health.sslSession().orElseThrow().getPeerCertificates()[0];
        assertThat(served.getSubjectX500Principal().getName()).contains("CN=localhost");
    }

    @Test
    void plainHttpIsNotServedOnThatPort() throws InterruptedException {
        int status;
        try {
            status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            status = -1;
        }
        // Tomcat answers plain HTTP on a TLS port with 400, or the connection fails: never the health page.
        assertThat(status).isNotEqualTo(200);
    }

    /** Trusts exactly the certificate just made: stricter than trust-all, and it proves which one is served. */
    private static SSLContext trustingOurCertificate() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEYSTORE)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("kaichuang", store.getCertificate("kaichuang"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static void makeKeystore() throws IOException, InterruptedException {
        Files.createDirectories(KEYSTORE.getParent());
        Files.deleteIfExists(KEYSTORE);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "kaichuang",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=localhost, O=Kaichuang Test",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", KEYSTORE.toString(),
                "-storepass", PASSWORD)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
