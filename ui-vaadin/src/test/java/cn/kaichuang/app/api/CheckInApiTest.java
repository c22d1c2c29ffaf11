package cn.kaichuang.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import cn.kaichuang.app.demo.DemoAccounts;
import cn.kaichuang.app.security.AccountUserDetails;
import cn.kaichuang.attendance.CheckIns;
import cn.kaichuang.attendance.WindowSettings;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.SessionId;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.testsupport.SignedIn;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/v1/check-ins} over real HTTP with the form login's session: each refusal has its
 * status, a localized JSON message and writes no attendance row; a good check-in writes exactly one.
 * Logs in from 127.0.0.3: logins are rate-limited per address and other tests share the context.
 */
@WebAppTest
class CheckInApiTest {

    private static final double LAT = 28.1941;
    private static final double LON = 112.9823;

    @LocalServerPort
    int port;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Cohorts cohorts;

    @Autowired
    Trainees trainees;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final CookieManager cookies = new CookieManager();
    private HttpClient client;
    private String schema;
    private long session;
    private String token;

    @BeforeEach
    void openAWindow() throws Exception {
        client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(InetAddress.getByName("127.0.0.3")).build();
        Caller admin = ((AccountUserDetails) users.loadUserByUsername("admin1")).caller();
        TenantCode tenant = admin.tenantCode().orElseThrow();
        schema = tenant.schemaName();
        CohortView cohort = TenantContext.call(tenant, () -> SignedIn.as(admin, () -> cohorts.enrolledBy(
                trainees.findByUsername("trainee1").orElseThrow().id()).getFirst()));
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(5);
        session = jdbc.sql("insert into " + schema + ".cohort_session (cohort_id, starts_at, ends_at, topic,"
                        + " venue_address, venue_lat, venue_lon, lecturer_id) select ?, ?, ?, 'API 签到课', '长沙', ?, ?,"
                        + " min(id) from " + schema + ".lecturer returning id")
                .params(cohort.id().value(), start, start.plusHours(2), LAT, LON).query(Long.class).single();
        token = TenantContext.call(tenant, () -> SignedIn.as(admin, () -> checkIns.token(
                checkIns.open(new SessionId(session), WindowSettings.DEFAULTS).id())));
    }

    @AfterEach
    void removeTheSession() {
        for (String sql : new String[] {"delete from %s.attendance_record where session_id = ?",
                "delete from %s.check_in_window where session_id = ?", "delete from %s.cohort_session where id = ?"}) {
            jdbc.sql(sql.replace("%s", schema)).param(session).update();
        }
    }

    @Test
    void eachRefusalHasItsStatusAndChangesNothingAndAGoodCheckInCountsOnce() throws Exception {
        String inside = body(token, LAT + 0.0005, LON, 15);

        HttpResponse<String> anonymous = post(inside, null, "zh-CN");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(field(anonymous, "message")).isEqualTo("请先登录");
        assertThat(rows()).isZero();

        login("trainee1");
        HttpResponse<String> noCsrf = post(inside, null, "en");
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(field(noCsrf, "code")).isEqualTo("api.error.csrf");
        assertThat(rows()).isZero();

        String csrf = json.readTree(get("/api/v1/csrf").body()).get("token").asText();
        HttpResponse<String> wrongCsrf = post(inside, csrf + "x", "en");
        assertThat(wrongCsrf.statusCode()).isEqualTo(403);

        String forgedToken = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
        HttpResponse<String> forged = post(body(forgedToken, LAT, LON, 15), csrf, "zh-CN");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(field(forged, "code")).isEqualTo("checkin.error.forged");
        assertThat(field(forged, "message")).contains("签到码无效");
        HttpResponse<String> forgedInEnglish = post(body(forgedToken, LAT, LON, 15), csrf, "en-US,en;q=0.9");
        assertThat(field(forgedInEnglish, "message")).startsWith("This check-in code is not valid");
        assertThat(rows()).isZero();

        HttpResponse<String> outside = post(body(token, LAT + 0.01, LON, 15), csrf, "en");
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(field(outside, "code")).isEqualTo("checkin.error.outside");
        assertThat(field(outside, "message")).contains("m from the venue");
        assertThat(rows()).isZero();

        HttpResponse<String> noPosition = post("{\"token\":\"" + token + "\",\"latitude\":" + LAT + "}", csrf, "en");
        assertThat(noPosition.statusCode()).isEqualTo(400);
        assertThat(post("not json", csrf, "en").statusCode()).isEqualTo(400);
        assertThat(rows()).isZero();

        HttpResponse<String> done = post(inside, csrf, "zh-CN");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
        assertThat(json.readTree(done.body()).get("session").asLong()).isEqualTo(session);
        assertThat(json.readTree(done.body()).get("distanceMeters").asInt()).isBetween(50, 60);
        assertThat(rows()).isEqualTo(1);

        HttpResponse<String> twice = post(inside, csrf, "zh-CN");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(field(twice, "code")).isEqualTo("checkin.error.twice");
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void onlyTraineesCheckIn() throws Exception {
        login("admin1");
        String csrf = json.readTree(get("/api/v1/csrf").body()).get("token").asText();
        HttpResponse<String> admin = post(body(token, LAT, LON, 15), csrf, "zh-CN");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(field(admin, "code")).isEqualTo("checkin.error.not-trainee");
        assertThat(rows()).isZero();
    }

    private long rows() {
        return jdbc.sql("select count(*) from " + schema + ".attendance_record where session_id = ?").param(session)
                .query(Long.class).single();
    }

    private static String body(String token, double lat, double lon, double accuracy) {
        return "{\"token\":\"" + token + "\",\"latitude\":" + lat + ",\"longitude\":" + lon + ",\"accuracy\":"
                + accuracy + "}";
    }

    private String field(HttpResponse<String> response, String name) {
        JsonNode node = json.readTree(response.body());
        return node.get(name).asText();
    }

    private void login(String username) throws Exception {
        get("/login");
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + DemoAccounts.PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValue(url("/"));
    }

    private HttpResponse<String> post(String body, String csrf, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/api/v1/check-ins")))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
