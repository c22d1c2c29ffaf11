package cn.kaichuang.app.protection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import cn.kaichuang.app.demo.DemoAccounts;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.protection.Cidr;
import cn.kaichuang.protection.FirewallRule.Kind;
import cn.kaichuang.protection.FirewallRules;
import cn.kaichuang.protection.NewFirewallRule;
import cn.kaichuang.tenancy.TenantCode;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Firewall lists, login rate limits, lockout, CSRF and the session cookie over real HTTP.
 * Each test claims client addresses of its own, so limits and lists never cross tests.
 */
@WebAppTest
@TestPropertySource(properties = "server.forward-headers-strategy=framework")
class ProtectionHttpTest {

    private static final TenantCode XINGCHENG = TenantCode.of("changsha-xingcheng");

    @LocalServerPort
    int port;

    @Autowired
    FirewallRules rules;

    @Autowired
    LocalAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void clearLists() {
        for (TenantCode scope : new TenantCode[] {null, XINGCHENG}) {
            rules.list(Caller.SYSTEM, scope).forEach(rule -> rules.remove(Caller.SYSTEM, rule.id()));
        }
    }

    private void global(Kind kind, String cidr) {
        rules.add(Caller.SYSTEM, new NewFirewallRule(null, kind, Cidr.parse(cidr), "test"));
    }

    @Test
    void aDeniedAddressGetsALocalized403AndOthersGetIn() throws Exception {
        global(Kind.DENY, "203.0.113.0/24");

        HttpResponse<String> denied = ProtectionHttpClient.from(port, "203.0.113.5").get("/login");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("访问被拒绝").contains("203.0.113.5");
        assertThat(ProtectionHttpClient.from(port, "203.0.113.5").get("/login", "Accept-Language", "en-US,en;q=0.9")
                .body()).contains("Access denied");
        assertThat(ProtectionHttpClient.from(port, "203.0.113.5").post("/login", "username=a&password=b")
                .statusCode()).as("the login too").isEqualTo(403);
        assertThat(ProtectionHttpClient.from(port, "203.0.113.5").get("/actuator/health").statusCode())
                .as("health probes pass").isEqualTo(200);
        assertThat(ProtectionHttpClient.from(port, "203.0.114.5").get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void anAllowListExcludesEveryoneElse() throws Exception {
        global(Kind.ALLOW, "198.51.100.0/24");

        assertThat(ProtectionHttpClient.from(port, "192.0.2.1").get("/login").statusCode()).isEqualTo(403);
        assertThat(ProtectionHttpClient.from(port, "198.51.100.77").get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void ipv6NetworksAreMatched() throws Exception {
        global(Kind.DENY, "2001:db8:dead::/48");

        assertThat(ProtectionHttpClient.from(port, "2001:db8:dead::17").get("/login").statusCode()).isEqualTo(403);
        assertThat(ProtectionHttpClient.from(port, "2001:db8:beef::17").get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void anInstitutionsListAppliesOnceItsUserIsLoggedIn() throws Exception {
        ProtectionHttpClient admin = ProtectionHttpClient.from(port, "192.0.2.10");
        assertThat(admin.login("admin1", DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(admin.get("/cohorts").statusCode()).isEqualTo(200);

        rules.add(Caller.SYSTEM, new NewFirewallRule(XINGCHENG, Kind.DENY, Cidr.parse("192.0.2.10"), "test"));

        assertThat(admin.get("/cohorts").statusCode()).isEqualTo(403);
        assertThat(ProtectionHttpClient.from(port, "192.0.2.10").get("/login").statusCode())
                .as("before login only the global lists apply").isEqualTo(200);
    }

    @Test
    void theEleventhLoginOfAMinuteFromOneAddressGets429WithRetryAfter() throws Exception {
        ProtectionHttpClient client = ProtectionHttpClient.from(port, "192.0.2.99");
        for (int i = 1; i <= 10; i++) {
            assertThat(client.post("/login", "username=guess" + i + "&password=x").statusCode()).as("login %d", i)
                    .isEqualTo(302);
        }
        HttpResponse<String> refused = client.post("/login", "username=guess11&password=x");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(refused.body()).contains("请求过于频繁");
        assertThat(client.get("/login").statusCode()).as("pages other than the login POST").isEqualTo(200);
    }

    @Test
    void oneUsernameIsLimitedFromManyAddressesToo() throws Exception {
        for (int i = 1; i <= 10; i++) {
            ProtectionHttpClient.from(port, "198.18.0." + i).post("/login", "username=Spread-Guess&password=x");
        }
        assertThat(ProtectionHttpClient.from(port, "198.18.0.11").post("/login", "username=spread-guess&password=x")
                .statusCode()).isEqualTo(429);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        ProtectionHttpClient client = ProtectionHttpClient.from(port, "192.0.2.50");
        for (int i = 1; i <= 5; i++) {
            assertThat(client.login("mentor1", "Wrong#Password" + i).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        HttpResponse<String> right = client.login("mentor1", DemoAccounts.PASSWORD);

        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(client.get("/workbench").statusCode()).as("not logged in").isEqualTo(302);
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedAndTheSessionSurvives() throws Exception {
        ProtectionHttpClient client = ProtectionHttpClient.from(port, "192.0.2.60");
        client.login("lecturer1", DemoAccounts.PASSWORD);

        assertThat(client.post("/logout", "").statusCode()).isEqualTo(403);
        assertThat(client.get("/cohorts").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> login = ProtectionHttpClient.from(port, "192.0.2.70").login("expert1",
                DemoAccounts.PASSWORD);

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aWeakerHashIsReplacedAtTheNextLogin() throws Exception {
        accounts.upgradePasswordHash("province", "{bcrypt}" + new BCryptPasswordEncoder(10).encode(DemoAccounts.PASSWORD));

        assertThat(ProtectionHttpClient.from(port, "192.0.2.80").login("province", DemoAccounts.PASSWORD)
                .headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        String hash = accounts.passwordHash("province").orElseThrow();
        assertThat(hash).startsWith("{bcrypt}$2a$12$");
        assertThat(encoder.matches(DemoAccounts.PASSWORD, hash)).isTrue();
    }

    @Test
    void aVaadinRequestWithoutTheUisSecurityKeyChangesNothing() throws Exception {
        ProtectionHttpClient client = ProtectionHttpClient.from(port, "192.0.2.90");
        String init = client.get("/?v-r=init&location=login&query=").body();
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(init);
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init);
        assertThat(key.find()).as(init).isTrue();
        assertThat(ui.find()).as(init).isTrue();

        HttpResponse<String> forged = client.postJson("/?v-r=uidl&v-uiId=" + ui.group(1),
                "{\"csrfToken\":\"forged\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        // Vaadin refuses the message and tells the client to reload; nothing of it runs.
        assertThat(forged.body()).contains("\"appError\"").contains("\"syncId\":-1");
        HttpResponse<String> genuine = client.postJson("/?v-r=uidl&v-uiId=" + ui.group(1),
                "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(genuine.body()).doesNotContain("appError").containsPattern("\"syncId\":\\d+");
    }
}
