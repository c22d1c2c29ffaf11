package cn.kaichuang.app.oidc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.AppTestInitializer;
import cn.kaichuang.app.Application;
import cn.kaichuang.app.demo.DemoAccounts;
import cn.kaichuang.app.e2e.Chromium;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web app in {@code oidc} mode against a real Keycloak 26 with the repository's realm,
 * driven through headless Chromium: demo people log in at Keycloak and land in their menus and
 * institutions; the CLI provisions an institution in the database and in Keycloak, and
 * suspending it ends its people's sessions.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kaichuang.embedded.enabled=false", "kaichuang.login.mode=oidc",
                "kaichuang.oidc.client-id=kaichuang-web", "kaichuang.oidc.client-secret=kaichuang-web-dev-secret",
                "kaichuang.login.tenant-status-ttl=1s"})
@ContextConfiguration(initializers = AppTestInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakLoginTest {

    private static final String CHANGSHA = "长沙市星城创业职业培训学校";
    private static final String ZHUZHOU = "株洲市炎帝职业技能培训中心";

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("kaichuang.oidc.issuer-uri", () -> KeycloakServer.shared().issuer().toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    TenantDirectory tenants;

    private final KeycloakServer keycloak = KeycloakServer.shared();
    private KeycloakTestAdmin admin;
    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void start() {
        admin = new KeycloakTestAdmin(keycloak);
        admin.allowRedirectsTo(app(""));
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void traineeLogsInAtKeycloakAndSeesTheirLearningInTheirInstitution() {
        try (BrowserContext context = browser.newContext()) {
            Page page = logIn(context, "trainee1", DemoAccounts.PASSWORD);

            arrive(page, "/my-learning");
            assertThat(page.locator(".kc-menu")).containsText("我的学习");
            assertThat(page.locator(".kc-menu")).not().containsText("班期");
            assertThat(page.locator(".kc-organisation")).hasText(CHANGSHA);
            assertThat(page.locator(".kc-role")).hasText("学员");
        }
    }

    /** The demo roles the other tests do not log in (expert1 has two institutions: see below). */
    @ParameterizedTest
    @CsvSource({"province, /institutions, 省级管理员", "changsha, /institutions, 市州管理员",
            "lecturer1, /cohorts, 讲师", "mentor1, /workbench, 创业导师"})
    void everyOtherDemoRoleLogsInAtKeycloakAndLandsOnItsHome(String username, String home, String role) {
        try (BrowserContext context = browser.newContext()) {
            Page page = logIn(context, username, DemoAccounts.PASSWORD);

            arrive(page, home);
            assertThat(page.locator(".kc-role")).hasText(role);
        }
    }

    @Test
    void institutionAdminSeesTheirMenuAndLogoutEndsTheKeycloakSessionToo() {
        try (BrowserContext context = browser.newContext()) {
            Page page = logIn(context, "admin1", DemoAccounts.PASSWORD);

            arrive(page, "/cohorts");
            assertThat(page.locator(".kc-menu")).containsText("班期");
            assertThat(page.locator(".kc-menu")).containsText("学员");
            assertThat(page.locator(".kc-menu")).not().containsText("切换机构");
            assertThat(page.locator(".kc-organisation")).hasText(CHANGSHA);
            assertThat(page.locator("vaadin-grid")).containsText("2026年第12期 SYB 创业培训班");

            page.getByText("退出登录").click();
            // Keycloak's session is gone: the app sends the browser back to Keycloak's login form.
            page.waitForURL(url -> url.startsWith(keycloak.url().toString()));
            assertThat(page.locator("#kc-login")).isVisible();
        }
    }

    @Test
    void aPersonOfTwoInstitutionsPicksOneAndCanSwitch() {
        try (BrowserContext context = browser.newContext()) {
            Page page = logIn(context, "expert1", DemoAccounts.PASSWORD);

            arrive(page, "/choose-institution");
            Locator choices = page.locator(".kc-institution-choice");
            assertThat(choices).hasCount(2);
            choices.filter(new Locator.FilterOptions().setHasText(ZHUZHOU)).click();
            arrive(page, "/workbench");
            assertThat(page.locator(".kc-organisation")).hasText(ZHUZHOU);

            page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("切换机构")).click();
            arrive(page, "/choose-institution");
            page.locator(".kc-institution-choice").filter(new Locator.FilterOptions().setHasText(CHANGSHA)).click();
            arrive(page, "/workbench");
            assertThat(page.locator(".kc-organisation")).hasText(CHANGSHA);
        }
    }

    @Test
    void provisionedInstitutionAdminLogsInAndIsRefusedOnceTheInstitutionIsSuspended() {
        String code = "kc-hengyang";
        CliOutcome created = cli("create", "--code", code, "--name", "衡阳市雁城创业培训学校", "--region", "430400");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        Matcher password = Pattern.compile("first admin 'kc-hengyang-admin' with temporary password (\\S+)")
                .matcher(created.out());
        assertThat(password.find()).as(created.out()).isTrue();
        assertThat(admin.organizationExists(code)).isTrue();
        assertThat(admin.user("kc-hengyang-admin").orElseThrow().get("requiredActions"))
                .asString().contains("UPDATE_PASSWORD");

        try (BrowserContext context = browser.newContext()) {
            Page page = logIn(context, "kc-hengyang-admin", password.group(1));
            String newPassword = "Hengyang@2026x";
            page.locator("#password-new").fill(newPassword);
            page.locator("#password-confirm").fill(newPassword);
            page.locator("input[type=submit], button[type=submit]").first().click();
            arrive(page, "/cohorts");
            assertThat(page.locator(".kc-organisation")).hasText("衡阳市雁城创业培训学校");

            CliOutcome suspended = cli("suspend", "--code", code);
            assertThat(suspended.exitCode()).as(suspended.toString()).isZero();
            assertThat(suspended.out()).contains("disabled 1 Keycloak account(s)");
            assertThat(admin.user("kc-hengyang-admin").orElseThrow().get("enabled")).isEqualTo(false);

            page.waitForTimeout(1_500);
            page.navigate(app("/cohorts"));
            page.waitForURL(url -> url.contains("/refused"));
            assertThat(page.locator(".kc-refused-message")).containsText("已被暂停");

            // Logging in again fails at Keycloak: the account is disabled.
            page.navigate(app("/"));
            page.waitForURL(url -> url.startsWith(keycloak.url().toString()));
            page.locator("#username").fill("kc-hengyang-admin");
            page.locator("#kc-login").click();
            page.waitForLoadState();
            if (page.locator("#password").isVisible()) {
                page.locator("#password").fill(newPassword);
                page.locator("#kc-login").click();
                page.waitForLoadState();
            }
            assertThat(page.url()).startsWith(keycloak.url().toString());
        }

        CliOutcome dropped = cli("drop", "--code", code, "--confirm", code);
        assertThat(dropped.exitCode()).as(dropped.toString()).isZero();
        assertThat(admin.organizationExists(code)).isFalse();
        assertThat(admin.user("kc-hengyang-admin")).isEmpty();
        assertThat(tenants.find(TenantCode.of(code))).isEmpty();
    }

    @Test
    void aCreateThatFailsInKeycloakLeavesNothingBehind() {
        admin.createUser("kc-taken-admin");

        CliOutcome failed = cli("create", "--code", "kc-loudi", "--name", "娄底市创业培训中心", "--region", "431300",
                "--admin-username", "kc-taken-admin");

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).contains("nothing was created");
        assertThat(admin.organizationExists("kc-loudi")).isFalse();
        assertThat(tenants.find(TenantCode.of("kc-loudi"))).isEmpty();
        assertThat(admin.user("kc-taken-admin")).as("someone else's account stays").isPresent();
    }

    private Page logIn(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.navigate(app("/"));
        page.waitForURL(url -> url.startsWith(keycloak.issuer().toString()));
        page.locator("#username").fill(username);
        // With organizations enabled, Keycloak asks for the username first and the password next.
        if (!page.locator("#password").isVisible()) {
            page.locator("#kc-login").click();
        }
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        return page;
    }

    /** Waits for the app's page at {@code path}; on timeout, says where the browser is and what it shows. */
    private void arrive(Page page, String path) {
        try {
            // Spring's request cache may add "?continue" to the first page after login.
            page.waitForURL(Pattern.compile(Pattern.quote(app(path)) + "(\\?.*)?"),
                    new Page.WaitForURLOptions().setTimeout(20_000));
        } catch (PlaywrightException e) {
            throw new AssertionError("Expected " + path + " but the browser is at " + page.url() + " showing:\n"
                    + page.locator("body").innerText(), e);
        }
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Runs the CLI's runnable jar as operators do, in a JVM of its own (in this one, the web
     * app's auto-configuration would join its Spring context); Keycloak from the environment.
     */
    private CliOutcome cli(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("kaichuang.cli.jar", "../tenant-provisioning/target/kaichuang-tenants.jar")));
        command.addAll(List.of(args));
        command.addAll(List.of("--jdbc-url", environment.getRequiredProperty("spring.datasource.url"),
                "--user", environment.getRequiredProperty("spring.datasource.username"),
                "--password", environment.getProperty("spring.datasource.password", ""),
                "--role-prefix", environment.getRequiredProperty("kaichuang.tenancy.role-prefix")));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("KAICHUANG_KEYCLOAK_URL", keycloak.url().toString());
        builder.environment().put("KAICHUANG_KEYCLOAK_REALM", KeycloakServer.REALM);
        builder.environment().put("KAICHUANG_KEYCLOAK_CLIENT_ID", "kaichuang-provisioning");
        builder.environment().put("KAICHUANG_KEYCLOAK_CLIENT_SECRET", "kaichuang-provisioning-dev-secret");
        try {
            Path err = Files.createTempFile("kaichuang-tenants", ".err");
            Process process = builder.redirectError(err.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("CLI finished").isTrue();
            return new CliOutcome(process.exitValue(), out, Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record CliOutcome(int exitCode, String out, String err) {
    }
}
