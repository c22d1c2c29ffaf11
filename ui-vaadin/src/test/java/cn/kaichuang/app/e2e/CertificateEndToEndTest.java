package cn.kaichuang.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import cn.kaichuang.tenancy.TenantCode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A certificate's whole life in the browser: the institution admin records a manual completion in
 * a completed cohort, issues the certificate and downloads its PDF; a stranger scans the PDF's QR
 * code and sees it valid; the admin revokes it and the stranger sees the revocation's category only.
 */
@WebAppTest
class CertificateEndToEndTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    /** The cohort to issue in: the demo's completed one; until the demo has one, its GYB cohort is completed by SQL. */
    private String completedCohort;

    @BeforeAll
    void completeACohort() {
        String cohorts = TenantCode.of("changsha-xingcheng").schemaName() + ".cohort";
        completedCohort = jdbc.sql("select name from " + cohorts + " where status = 'COMPLETED' order by id limit 1")
                .query(String.class).optional().orElseGet(() -> jdbc.sql("update " + cohorts
                        + " set status = 'COMPLETED' where id = (select min(id) from " + cohorts
                        + " where course_type = 'GYB') returning name").query(String.class).single());
    }

    @Test
    void anIssuedCertificatesQrCodeOpensItsVerificationPageValidThenRevoked() throws Exception {
        String verificationPath;
        try (BrowserContext admin = context(new Browser.NewContextOptions()
                .setViewportSize(1280, 800).setAcceptDownloads(true))) {
            Page page = Chromium.logIn(admin, url(""), "admin1");
            page.navigate(url("/certificates"));
            page.locator("vaadin-combo-box input").fill(completedCohort);
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(completedCohort)).first()
                    .click();
            Locator grid = page.locator("vaadin-grid");
            grid.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("人工认定结业")).first().click();
            page.locator("textarea").fill("纸质考勤与结业考试成绩已核验");
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("人工认定结业")).click();
            grid.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("发证")).first().click();
            assertThat(page.getByText("已发放证书")).isVisible();

            Download pdf = page.waitForDownload(() -> grid.locator("a").filter(
                    new Locator.FilterOptions().setHasText("PDF")).first().click());
            verificationPath = URI.create(scanQrCode(Files.readAllBytes(pdf.path()))).getPath();
        }
        assertThat(verificationPath).matches("/verify/43-\\d{4}-(GYB|SYB|IYB|EYB|ONL)-\\d{6}");
        try (BrowserContext stranger = context(new Browser.NewContextOptions().setViewportSize(375, 812))) {
            Page page = stranger.newPage();
            page.navigate(url(verificationPath));
            assertThat(page.getByText("有效证书")).isVisible();
            assertThat(page.getByText("长沙市星城创业职业培训学校")).isVisible();
            assertThat(page.getByText("********").first()).isVisible();
        }

        String serial = verificationPath.substring("/verify/".length());
        try (BrowserContext admin = context(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = Chromium.logIn(admin, url(""), "admin1");
            page.navigate(url("/certificates"));
            page.locator("vaadin-combo-box input").fill(completedCohort);
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(completedCohort)).first()
                    .click();
            page.locator("vaadin-grid").locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("撤销"))
                    .first().click();
            page.locator("vaadin-select").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("弄虚作假")).click();
            page.locator("textarea").fill("经核查存在代签到");
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("撤销")
                    .setExact(true)).click();
            assertThat(page.getByText("证书 " + serial + " 已撤销")).isVisible();
        }
        try (BrowserContext stranger = context(new Browser.NewContextOptions().setViewportSize(375, 812))) {
            Page page = stranger.newPage();
            page.navigate(url(verificationPath));
            assertThat(page.getByText("证书已撤销")).isVisible();
            assertThat(page.getByText("弄虚作假")).isVisible();
            assertThat(page.getByText("代签到")).not().isVisible();
        }
    }

    private static String scanQrCode(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                    new PDFRenderer(document).renderImageWithDPI(0, 150))))).getText();
        }
    }
}
