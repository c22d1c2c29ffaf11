package cn.kaichuang.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import cn.kaichuang.app.security.AccountUserDetails;
import cn.kaichuang.attendance.CheckIns;
import cn.kaichuang.attendance.WindowSettings;
import cn.kaichuang.attendance.internal.CheckInTokens;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.SessionId;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.app.demo.DemoAccounts;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.testsupport.SignedIn;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Check-in on a phone (375 px) in Chromium: the QR link leads through the login back to the
 * check-in page; a forged token and one of two minutes ago are refused, the browser's (faked)
 * position outside the fence is refused with the distance, inside it checks in. No refusal stores
 * a check-in.
 */
@WebAppTest
class CheckInEndToEndTest extends BrowserTest {

    private static final double LAT = 28.1941;
    private static final double LON = 112.9823;

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

    @Autowired
    CheckInTokens tokens;

    @Test
    void aTraineeChecksInOnAPhoneOnlyInsideTheFence() {
        Caller admin = ((AccountUserDetails) users.loadUserByUsername("admin1")).caller();
        TenantCode tenant = admin.tenantCode().orElseThrow();
        String schema = tenant.schemaName();
        CohortView cohort = TenantContext.call(tenant, () -> SignedIn.as(admin, () -> cohorts.enrolledBy(
                trainees.findByUsername("trainee1").orElseThrow().id()).getFirst()));
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(5);
        long session = jdbc.sql("insert into " + schema + ".cohort_session (cohort_id, starts_at, ends_at, topic,"
                        + " venue_address, venue_lat, venue_lon, lecturer_id) select ?, ?, ?, '浏览器签到课', '长沙', ?, ?,"
                        + " min(id) from " + schema + ".lecturer returning id")
                .params(cohort.id().value(), start, start.plusHours(2), LAT, LON).query(Long.class).single();
        try (BrowserContext context = context(phoneOptions()
                .setGeolocation(new Geolocation(LAT + 0.01, LON)).setPermissions(List.of("geolocation")))) {
            long window = TenantContext.call(tenant, () -> SignedIn.as(admin, () -> checkIns.open(
                    new SessionId(session), WindowSettings.DEFAULTS).id()));
            String token = TenantContext.call(tenant, () -> SignedIn.as(admin, () -> checkIns.token(window)));
            Page page = context.newPage();
            page.navigate(url("/check-in/" + token));
            page.locator("vaadin-login-form input[name=username]").fill("trainee1");
            Locator password = page.locator("vaadin-login-form input[name=password]");
            password.fill(DemoAccounts.PASSWORD);
            password.press("Enter");
            page.waitForURL(u -> u.contains("/check-in/"));

            Locator button = page.locator("vaadin-button").filter(new Locator.FilterOptions()
                    .setHasText("获取位置并签到"));
            Locator message = page.locator(".kc-check-in-message");
            button.click();
            assertThat(message).containsText("超出签到范围");
            org.assertj.core.api.Assertions.assertThat(rows(schema, session)).isZero();

            // A photo of the code from two minutes ago, and a code with its signature tampered with.
            String photographed = tokens.issue(tenant.value(), session, window, Instant.now().minusSeconds(120));
            String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
            context.setGeolocation(new Geolocation(LAT + 0.0005, LON));
            for (String[] refused : new String[][] {{photographed, "签到码已过期"}, {forged, "签到码无效"}}) {
                page.navigate(url("/check-in/" + refused[0]));
                button.click();
                assertThat(message).containsText(refused[1]);
            }
            org.assertj.core.api.Assertions.assertThat(rows(schema, session)).isZero();

            page.navigate(url("/check-in/" + token));
            button.click();
            assertThat(message).containsText("签到成功");
            org.assertj.core.api.Assertions.assertThat(rows(schema, session)).isEqualTo(1);
        } finally {
            for (String sql : new String[] {"delete from %s.attendance_record where session_id = ?",
                    "delete from %s.check_in_window where session_id = ?", "delete from %s.cohort_session where id = ?"}) {
                jdbc.sql(sql.replace("%s", schema)).param(session).update();
            }
        }
    }

    private long rows(String schema, long session) {
        return jdbc.sql("select count(*) from " + schema + ".attendance_record where session_id = ?").param(session)
                .query(Long.class).single();
    }
}
