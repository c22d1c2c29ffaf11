package cn.kaichuang.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import cn.kaichuang.app.demo.DemoAccounts;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.outreach.Events;
import cn.kaichuang.outreach.Policies;
import cn.kaichuang.testsupport.SignedIn;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 创业服务 on a phone (375 px) in Chromium: trainee1 reads a policy meant for them and registers
 * for an event; the read and the registration are recorded for the province, and the hub fits
 * the phone's width.
 */
@WebAppTest
class OutreachEndToEndTest extends BrowserTest {

    private static final Caller PROVINCE = SignedIn.caller("province", Role.PROVINCE_ADMIN, null, null);

    @Autowired
    Events events;

    @Autowired
    Policies policies;

    @Test
    void aTraineeReadsAPolicyAndRegistersForAnEventOnAPhone() {
        String title = "创业集市 " + UUID.randomUUID().toString().substring(0, 8);
        Instant starts = Instant.now().plus(Duration.ofDays(4));
        long event = SignedIn.as(PROVINCE, () -> events.create(new Events.NewEvent(title, "摆摊体验", "长沙市五一广场",
                starts, starts.plus(Duration.ofHours(3)), 2)));
        long policy = SignedIn.as(PROVINCE, () -> policies.browse("创业担保贷款政策", null).getFirst().id());

        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(url("/services"));
            page.locator("vaadin-login-form input[name=username]").fill("trainee1");
            Locator password = page.locator("vaadin-login-form input[name=password]");
            password.fill(DemoAccounts.PASSWORD);
            password.press("Enter");
            page.waitForURL(u -> u.contains("/services"));

            Locator policyCard = page.locator(".kc-outreach-card").filter(new Locator.FilterOptions()
                    .setHasText("湖南省创业担保贷款政策"));
            policyCard.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("阅读")).click();
            page.waitForURL(u -> u.contains("/services/policy/"));
            assertThat(page.locator(".kc-policy-body strong").filter(new Locator.FilterOptions().setHasText("30 万元"))).isVisible();
            org.assertj.core.api.Assertions.assertThat(widthOverflow(page)).as("fits 375 px").isFalse();

            page.navigate(url("/services"));
            page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("活动")).click();
            Locator eventCard = page.locator(".kc-outreach-card").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(eventCard).containsText("剩余 2 个名额");
            eventCard.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("报名")).click();
            assertThat(page.locator("vaadin-notification-card").first()).containsText("已报名");
            assertThat(eventCard).containsText("剩余 1 个名额");
            assertThat(eventCard.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("取消报名")))
                    .isVisible();
            org.assertj.core.api.Assertions.assertThat(widthOverflow(page)).as("fits 375 px").isFalse();
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "outreach-phone.png")));
        }

        org.assertj.core.api.Assertions.assertThat(SignedIn.as(PROVINCE, () -> events.registrations(event)))
                .singleElement().satisfies(r -> {
                    org.assertj.core.api.Assertions.assertThat(r.username()).isEqualTo("trainee1");
                    org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo(Events.Status.REGISTERED);
                });
        org.assertj.core.api.Assertions.assertThat(SignedIn.as(PROVINCE, () -> policies.readers(policy)))
                .contains("changsha-xingcheng/trainee1");
    }

    private static boolean widthOverflow(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
    }
}
