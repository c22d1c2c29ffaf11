package cn.kaichuang.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import cn.kaichuang.app.demo.DemoAccounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the application answers over plain HTTP, before and after logging in. */
@WebAppTest
class HttpEndpointsTest {

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthIsPublicButOnlyTheProvinceSeesItsDetails() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("PostgreSQL")
                .doesNotContain("objectStore");

        postLogin("province", DemoAccounts.PASSWORD);
        assertThat(get("/actuator/health").body()).contains("\"db\":").contains("\"objectStore\":")
                .contains("PostgreSQL");
    }

    @Test
    void viewsNeedALogin() throws Exception {
        HttpResponse<String> cohorts = get("/cohorts");

        assertThat(cohorts.statusCode()).isEqualTo(302);
        assertThat(cohorts.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void staticFilesOfTheLoginPageAndWebjarsArePublic() throws Exception {
        assertThat(get("/styles.css").statusCode()).isEqualTo(200);
        assertThat(get("/lumo/lumo.css").statusCode()).isEqualTo(200);
        assertThat(get("/icons/icon.png").headers().firstValue("Content-Type")).hasValue("image/png");
        // Not redirected to the login page: a webjar that is not there is simply not found.
        assertThat(get("/webjars/none/none.js").statusCode()).isEqualTo(404);
    }

    @Test
    void thePageIsAnInstallableWebApp() throws Exception {
        HttpResponse<String> manifest = get("/manifest.webmanifest");

        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.body()).contains("开创 创业培训教学辅助平台");
        assertThat(get("/login").body()).contains("name=\"viewport\"").contains("width=device-width");
    }

    /**
     * The service worker fetches these while the login page is open; one that still carries the
     * session id from before the login must not receive a new session, whose cookie would replace
     * the logged-in one. Logged in from 127.0.0.2: logins are rate-limited per address, and the
     * other tests here use up 127.0.0.1's minute.
     */
    @Test
    void theInstallableAppFilesNeverReplaceTheSessionCookie() throws Exception {
        client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(InetAddress.getByName("127.0.0.2")).build();
        get("/login");
        String beforeLogin = sessionCookie();
        postLogin("trainee1", DemoAccounts.PASSWORD);
        assertThat(sessionCookie()).isNotEqualTo(beforeLogin);
        for (String path : List.of("/manifest.webmanifest", "/offline-stub.html", "/sw-runtime-resources-precache.js",
                "/icons/icon-192x192.png")) {
            for (String cookie : List.of("", "JSESSIONID=" + beforeLogin)) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
                if (!cookie.isEmpty()) {
                    request.header("Cookie", cookie);
                }
                HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().allValues("Set-Cookie")).as("%s with '%s'", path, cookie).isEmpty();
            }
        }
        assertThat(get("/").statusCode()).as("still logged in").isEqualTo(200);
    }

    private String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst().orElseThrow().getValue();
    }

    @Test
    void theCertificateVerificationPageNeedsNoLogin() throws Exception {
        HttpResponse<String> page = get("/verify/43-2026-SYB-000001");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Location")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("demoUsernames")
    void everyDemoAccountLogsIn(String username) throws Exception {
        HttpResponse<String> ok = postLogin(username, DemoAccounts.PASSWORD);
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location")).hasValue(url("/"));
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    static Stream<String> demoUsernames() {
        return DemoAccounts.ALL.stream().map(DemoAccounts.DemoAccount::username);
    }

    @Test
    void demoAccountsLogInAndWrongPasswordsDoNot() throws Exception {
        HttpResponse<String> ok = postLogin("admin1", DemoAccounts.PASSWORD);
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location")).hasValue(url("/"));
        assertThat(get("/cohorts").statusCode()).isEqualTo(200);

        HttpResponse<String> wrong = postLogin("trainee1", "not-the-password");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
    }

    private HttpResponse<String> postLogin(String username, String password) throws IOException, InterruptedException {
        get("/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
