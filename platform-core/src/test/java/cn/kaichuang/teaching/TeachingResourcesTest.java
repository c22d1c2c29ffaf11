package cn.kaichuang.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Resources and server-measured progress against real PostgreSQL, the S3 server and the test clock. */
class TeachingResourcesTest extends TeachingTestBase {

    @Autowired
    TeachingResources resources;
    @Autowired
    TeachingTasks tasks;

    @Test
    void aVideoCannotBeWatchedFasterThanRealTimeAndFinishingCompletesItsTask() throws Exception {
        Roster roster = roster(1);
        Caller trainee = roster.trainee(0);
        ResourceView video = inTenant(roster.lecturer(), () -> resources.upload(roster.cohort(), "创业意识导论",
                "C:\\课件\\intro.mp4", new ByteArrayInputStream(mp4(60))));
        assertThat(video.kind()).isEqualTo(ResourceKind.VIDEO);
        assertThat(video.durationSeconds()).isEqualTo(60.0);
        assertThat(video.fileName()).isEqualTo("intro.mp4");
        assertThat(video.contentType()).isEqualTo("video/mp4");
        TaskId watch = inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), null,
                TaskKind.WATCH_VIDEO, "观看导论视频", "", video.id(), clock.instant().plus(Duration.ofDays(3)))));

        assertThatThrownBy(() -> inTenant(trainee, () -> resources.watched(video.id(), 1)))
                .as("no report before the player opened the video").hasMessage("teaching.error.not-opened");
        Playback playback = inTenant(trainee, () -> resources.open(video.id()));
        assertThat(playback.url().toString()).contains("X-Amz-Signature");
        HttpResponse<byte[]> range = HttpClient.newHttpClient().send(HttpRequest.newBuilder(playback.url())
                .header("Range", "bytes=0-7").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(range.statusCode()).as("players fetch video in ranges").isEqualTo(206);
        assertThat(new String(range.body(), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");

        clock.advance(Duration.ofSeconds(10));
        assertThat(inTenant(trainee, () -> resources.watched(video.id(), 10)).percent()).isEqualTo(16);
        // Jumping ahead: 40 s of video within no time at all, beyond the 5 s slack.
        assertThatThrownBy(() -> inTenant(trainee, () -> resources.watched(video.id(), 40)))
                .isInstanceOf(TeachingException.class).hasMessage("teaching.error.too-fast");
        Progress unchanged = inTenant(trainee, () -> resources.progress(video.id()));
        assertThat(unchanged.watchedSeconds()).as("the refusal changed nothing").isEqualTo(10.0);
        assertThat(unchanged.percent()).isEqualTo(16);

        clock.advance(Duration.ofSeconds(20));
        assertThat(inTenant(trainee, () -> resources.watched(video.id(), 34)).watchedSeconds())
                .as("20 s elapsed plus 4 s within the slack").isEqualTo(34.0);
        clock.advance(Duration.ofSeconds(10));
        assertThat(inTenant(trainee, () -> resources.watched(video.id(), 12)).watchedSeconds())
                .as("seeking back keeps what was watched").isEqualTo(34.0);
        assertThat(inTenant(trainee, () -> tasks.mine(watch)).status()).isEqualTo(CompletionStatus.OPEN);
        clock.advance(Duration.ofSeconds(45));
        Progress done = inTenant(trainee, () -> resources.watched(video.id(), 55));
        assertThat(done.percent()).isEqualTo(91);
        assertThat(done.finished()).as("90 % counts as finished").isTrue();
        assertThat(inTenant(trainee, () -> tasks.mine(watch)).status())
                .as("the watch task completed itself").isEqualTo(CompletionStatus.COMPLETED);
        assertThat(actions(2)).containsExactly("teaching.task-completed", "teaching.resource-finished");

        Playback resumed = inTenant(trainee, () -> resources.open(video.id()));
        assertThat(resumed.progress().positionSeconds()).as("resumes where left off").isEqualTo(55.0);
        assertThat(inTenant(trainee, () -> resources.mine())).extracting(m -> m.progress().percent())
                .containsExactly(91);
        assertThatThrownBy(() -> inTenant(trainee, () -> resources.watched(video.id(), 75)))
                .hasMessage("teaching.error.bad-position");
    }

    @Test
    void aPdfCountsThePagesReadAndResumesAtTheLast() {
        Roster roster = roster(1);
        Caller trainee = roster.trainee(0);
        ResourceView pdf = inTenant(admin(), () -> resources.upload(roster.cohort(), "财务计划讲义",
                "finance.pdf", new ByteArrayInputStream(pdf(3))));
        assertThat(pdf.kind()).isEqualTo(ResourceKind.PDF);
        assertThat(pdf.pages()).isEqualTo(3);
        TaskId study = inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), null,
                TaskKind.STUDY_RESOURCE, "阅读讲义", "第 1-3 页", pdf.id(), clock.instant().plus(Duration.ofDays(1)))));

        byte[] png = inTenant(trainee, () -> resources.page(pdf.id(), 1, 375));
        assertThat(Arrays.copyOf(png, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        inTenant(trainee, () -> resources.page(pdf.id(), 2, 375));
        inTenant(trainee, () -> resources.page(pdf.id(), 2, 375));
        Progress two = inTenant(trainee, () -> resources.progress(pdf.id()));
        assertThat(two.pagesSeen()).as("a page read twice counts once").isEqualTo(2);
        assertThat(two.percent()).isEqualTo(66);
        assertThat(two.lastPage()).isEqualTo(2);
        assertThat(two.finished()).isFalse();
        assertThat(inTenant(trainee, () -> tasks.mine(study)).status()).isEqualTo(CompletionStatus.OPEN);
        assertThatThrownBy(() -> inTenant(trainee, () -> resources.page(pdf.id(), 4, 375)))
                .hasMessage("teaching.error.no-such-page");

        inTenant(trainee, () -> resources.page(pdf.id(), 3, 375));
        Progress all = inTenant(trainee, () -> resources.progress(pdf.id()));
        assertThat(all.percent()).isEqualTo(100);
        assertThat(all.finishedAt()).isEqualTo(clock.instant());
        assertThat(inTenant(trainee, () -> tasks.mine(study)).status()).isEqualTo(CompletionStatus.COMPLETED);
        // The lecturer previews: nothing is recorded for them.
        inTenant(roster.lecturer(), () -> resources.page(pdf.id(), 1, 375));
        assertThat(inTenant(roster.lecturer(), () -> resources.open(pdf.id())).progress()).isEqualTo(Progress.NONE);
    }

    @Test
    void uploadsAreSniffedAndLimitedAndOnlyTheirCohortsReachThem() {
        Roster roster = roster(1);
        Roster elsewhere = roster(1);
        assertThatThrownBy(() -> inTenant(roster.lecturer(), () -> resources.upload(roster.cohort(), "假视频",
                "video.mp4", new ByteArrayInputStream("not a video at all".getBytes(StandardCharsets.UTF_8)))))
                .as("the name says mp4, the content does not").hasMessage("teaching.error.resource-type");
        byte[] bigPng = new byte[20 * 1024];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, bigPng, 0, 8);
        assertThatThrownBy(() -> inTenant(roster.lecturer(), () -> resources.upload(roster.cohort(), "大图",
                "big.png", new ByteArrayInputStream(bigPng))))
                .isInstanceOf(TeachingException.class).hasMessage("teaching.error.file-too-large")
                .satisfies(e -> assertThat(((TeachingException) e).arguments()).containsExactly("16 KB"));
        assertThatThrownBy(() -> inTenant(roster.lecturer(), () -> resources.upload(roster.cohort(), " ",
                "a.pdf", new ByteArrayInputStream(pdf(1))))).hasMessage("teaching.error.required");
        assertThat(inTenant(roster.lecturer(), () -> resources.of(roster.cohort()))).as("nothing stored").isEmpty();

        assertThatThrownBy(() -> inTenant(roster.trainee(0), () -> resources.upload(roster.cohort(), "学员上传",
                "a.pdf", new ByteArrayInputStream(pdf(1))))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> inTenant(elsewhere.lecturer(), () -> resources.upload(roster.cohort(), "别人的班",
                "a.pdf", new ByteArrayInputStream(pdf(1))))).hasMessage("teaching.error.cohort-not-found");
        assertThat(platformAudit(1)).containsExactly("access.refused cohort teaching/" + roster.cohort().value());

        ResourceView pdf = inTenant(roster.lecturer(), () -> resources.upload(roster.cohort(), "讲义", "a.pdf",
                new ByteArrayInputStream(pdf(1))));
        assertThatThrownBy(() -> inTenant(elsewhere.trainee(0), () -> resources.open(pdf.id())))
                .as("a trainee of another cohort").hasMessage("teaching.error.resource-not-found");
        assertThat(platformAudit(1)).containsExactly("access.refused cohort teaching/" + roster.cohort().value());
        assertThat(inTenant(elsewhere.trainee(0), () -> resources.mine())).isEmpty();
        assertThat(inTenant(roster.trainee(0), () -> resources.mine())).extracting(m -> m.resource().title())
                .containsExactly("讲义");

        TaskId study = inTenant(roster.lecturer(), () -> tasks.publish(new NewTask(roster.cohort(), null,
                TaskKind.STUDY_RESOURCE, "读", "", pdf.id(), clock.instant().plus(Duration.ofDays(1)))));
        assertThat(study.value()).isPositive();
        assertThatThrownBy(() -> inTenant(roster.lecturer(), () -> resources.remove(pdf.id())))
                .hasMessage("teaching.error.resource-in-use");
        URI url = inTenant(roster.trainee(0), () -> resources.open(pdf.id())).url();
        assertThat(url.getPath()).contains("/teaching/resources/" + roster.cohort().value() + "/");
    }
}
