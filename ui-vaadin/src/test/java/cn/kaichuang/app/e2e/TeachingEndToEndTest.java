package cn.kaichuang.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import cn.kaichuang.app.security.AccountUserDetails;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.teaching.CompletionMatrix;
import cn.kaichuang.teaching.CompletionStatus;
import cn.kaichuang.teaching.MatrixRow;
import cn.kaichuang.teaching.NewTask;
import cn.kaichuang.teaching.Playback;
import cn.kaichuang.teaching.ResourceView;
import cn.kaichuang.teaching.TaskId;
import cn.kaichuang.teaching.TaskKind;
import cn.kaichuang.teaching.TeachingResources;
import cn.kaichuang.teaching.TeachingTasks;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.testsupport.SignedIn;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Teaching on a phone (375 px): trainee1 reads a PDF page by page until it is finished, which
 * completes the study task, completes an offline task with text, and lecturer1's completion
 * matrix shows both. The resource and tasks are this test's own.
 */
@WebAppTest
class TeachingEndToEndTest extends BrowserTest {

    @Autowired
    TeachingResources resources;
    @Autowired
    TeachingTasks tasks;
    @Autowired
    Cohorts cohorts;
    @Autowired
    Trainees trainees;
    @Autowired
    UserDetailsService users;

    @Test
    void aTraineeReadsAResourceAndCompletesTasksOnAPhoneAndTheLecturerSeesIt() {
        Caller lecturer = ((AccountUserDetails) users.loadUserByUsername("lecturer1")).caller();
        TenantCode tenant = lecturer.tenantCode().orElseThrow();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "手机讲义" + suffix;
        String studyTitle = "手机阅读" + suffix;
        String offlineTitle = "手机线下" + suffix;
        CohortView cohort = as(lecturer, tenant, () -> cohorts.all().getFirst());
        ResourceView pdf = as(lecturer, tenant, () -> resources.upload(cohort.id(), title, "phone.pdf",
                new ByteArrayInputStream(pdf(2))));
        Instant due = Instant.now().plus(Duration.ofDays(2));
        TaskId study = as(lecturer, tenant, () -> tasks.publish(new NewTask(cohort.id(), null,
                TaskKind.STUDY_RESOURCE, studyTitle, "读完两页", pdf.id(), due)));
        TaskId offline = as(lecturer, tenant, () -> tasks.publish(new NewTask(cohort.id(), null, TaskKind.OFFLINE,
                offlineTitle, "走访一家店铺", null, due)));

        try (BrowserContext context = context(phoneOptions())) {
            Page page = Chromium.logIn(context, url(""), "trainee1");
            page.navigate(url("/my-resources"));
            Locator card = page.locator("vaadin-card").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(card).containsText("学习进度 0%");
            card.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("开始学习")).click();

            assertThat(page.getByText("第 1 / 2 页")).isVisible();
            Locator image = page.locator(".kc-pdf-page img");
            assertThat(image).isVisible();
            double width = ((Number) image.evaluate("img => img.getBoundingClientRect().width")).doubleValue();
            org.assertj.core.api.Assertions.assertThat(width).as("the page fits the phone").isLessThanOrEqualTo(375);
            page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("下一页")).click();
            assertThat(page.getByText("第 2 / 2 页")).isVisible();
            assertThat(page.getByText("已学完（100%）")).isVisible();

            page.navigate(url("/my-tasks"));
            Locator studyCard = page.locator("vaadin-card").filter(new Locator.FilterOptions().setHasText(studyTitle));
            assertThat(studyCard).containsText("已完成");
            Locator offlineCard = page.locator("vaadin-card")
                    .filter(new Locator.FilterOptions().setHasText(offlineTitle));
            assertThat(offlineCard).containsText("待完成");
            offlineCard.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("查看")).click();
            assertThat(page.getByText("讲师简介")).isVisible();
            page.locator("vaadin-text-area textarea").fill("走访了岳麓区的两家面包店");
            page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("完成任务")).click();
            assertThat(page.getByText("任务已完成")).isVisible();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth");
            org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                    .as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);

            // The demo video is served in ranges through its short-lived link, as players fetch it.
            ResourceView video = as(lecturer, tenant, () -> resources.of(cohort.id()).stream()
                    .filter(r -> r.kind() == cn.kaichuang.teaching.ResourceKind.VIDEO).findFirst().orElseThrow());
            Playback playback = as(lecturer, tenant, () -> resources.open(video.id()));
            APIRequestContext request = context.request();
            var range = request.get(playback.url().toString(), RequestOptions.create().setHeader("Range", "bytes=0-15"));
            org.assertj.core.api.Assertions.assertThat(range.status()).isEqualTo(206);
        }

        TraineeId trainee1 = as(lecturer, tenant, () -> trainees.findByUsername("trainee1").orElseThrow().id());
        CompletionMatrix matrix = as(lecturer, tenant, () -> tasks.matrix(cohort.id()));
        MatrixRow row = matrix.rows().stream().filter(r -> r.trainee().equals(trainee1)).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(row.cell(study)).isEqualTo(CompletionStatus.COMPLETED);
        org.assertj.core.api.Assertions.assertThat(row.cell(offline)).isEqualTo(CompletionStatus.COMPLETED);
    }

    @Test
    void aTraineeWatchesAVideoInRealTimeOnAPhoneWhichCompletesTheWatchTask() throws Exception {
        Caller lecturer = ((AccountUserDetails) users.loadUserByUsername("lecturer1")).caller();
        TenantCode tenant = lecturer.tenantCode().orElseThrow();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        CohortView cohort = as(lecturer, tenant, () -> cohorts.all().getFirst());
        byte[] mp4;
        try (var in = TeachingEndToEndTest.class.getResourceAsStream("/demo/teaching-demo.mp4")) {
            mp4 = in.readAllBytes();
        }
        ResourceView video = as(lecturer, tenant, () -> resources.upload(cohort.id(), "手机视频" + suffix, "v.mp4",
                new ByteArrayInputStream(mp4)));
        TaskId watch = as(lecturer, tenant, () -> tasks.publish(new NewTask(cohort.id(), null, TaskKind.WATCH_VIDEO,
                "手机观看" + suffix, "", video.id(), Instant.now().plus(Duration.ofDays(1)))));

        try (BrowserContext context = context(phoneOptions())) {
            Page page = Chromium.logIn(context, url(""), "trainee1");
            page.navigate(url("/my-resource/" + video.id().value()));
            Locator player = page.locator("video.kc-video");
            assertThat(player).isVisible();
            assertThat(page.getByText("学习进度 0%")).isVisible();
            // Muted, as a page may start playing without a gesture; the player reports as it plays.
            player.evaluate("v => { v.muted = true; return v.play(); }");
            assertThat(page.getByText("已学完（100%）")).isVisible(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(45_000));
        }
        TraineeId trainee1 = as(lecturer, tenant, () -> trainees.findByUsername("trainee1").orElseThrow().id());
        MatrixRow row = as(lecturer, tenant, () -> tasks.matrix(cohort.id())).rows().stream()
                .filter(r -> r.trainee().equals(trainee1)).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(row.cell(watch)).isEqualTo(CompletionStatus.COMPLETED);
    }

    private static <T> T as(Caller caller, TenantCode tenant, Supplier<T> work) {
        return TenantContext.call(tenant, () -> SignedIn.as(caller, work));
    }

    private static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
