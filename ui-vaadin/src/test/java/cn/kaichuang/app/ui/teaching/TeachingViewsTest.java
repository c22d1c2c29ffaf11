package cn.kaichuang.app.ui.teaching;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.teaching.CohortStatistics;
import cn.kaichuang.teaching.CompletionStatus;
import cn.kaichuang.teaching.MyResource;
import cn.kaichuang.teaching.MyTask;
import cn.kaichuang.teaching.ResourceView;
import cn.kaichuang.teaching.TaskKind;
import cn.kaichuang.teaching.TaskView;
import cn.kaichuang.teaching.TeachingResources;
import cn.kaichuang.teaching.TeachingTasks;
import cn.kaichuang.app.ui.KaribuTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Image;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The teaching views on the demo institution: lecturer1 uploads a resource and publishes tasks in
 * their running cohort, trainee1 reads and completes, lecturer1 sees it in the matrix, returns one
 * and the statistics count it. Every row is this test's own (unique titles).
 */
class TeachingViewsTest extends KaribuTest {

    @Autowired
    TeachingResources resources;
    @Autowired
    TeachingTasks tasks;

    @Test
    void aLecturerPublishesATraineeStudiesAndCompletesAndTheLecturerSeesAndReturnsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String resourceTitle = "讲义" + suffix;
        String studyTitle = "阅读讲义" + suffix;
        String offlineTitle = "走访店铺" + suffix;

        Caller lecturer = login("lecturer1");
        asTenantOf(lecturer, () -> {
            UI.getCurrent().navigate(TeachingResourcesView.class);
            TeachingResourcesView view = _get(TeachingResourcesView.class);
            assertThat(view.cohort.getValue()).isNotNull();
            view.title.setValue(resourceTitle);
            view.receive(new ByteArrayInputStream("not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "fake.pdf");
            NotificationsKt.expectNotifications("只能上传 MP4、PDF、PPTX、PNG 或 JPEG 文件（按内容识别），未保存");
            view.receive(new ByteArrayInputStream(pdf(2)), "guide.pdf");
            NotificationsKt.expectNotifications("已上传“" + resourceTitle + "”");
            assertThat(view.grid.getListDataView().getItems().map(ResourceView::title)).contains(resourceTitle);
            ResourceView resource = view.grid.getListDataView().getItems()
                    .filter(r -> r.title().equals(resourceTitle)).findFirst().orElseThrow();
            assertThat(resource.pages()).isEqualTo(2);

            UI.getCurrent().navigate(TeachingTasksView.class);
            TeachingTasksView tasksView = _get(TeachingTasksView.class);
            publish(tasksView, TaskKind.STUDY_RESOURCE, studyTitle, resource);
            publish(tasksView, TaskKind.OFFLINE, offlineTitle, null);
            assertThat(tasksView.current.tasks()).extracting(TaskView::title).contains(studyTitle, offlineTitle);
            assertThat(tasksView.matrix.getColumns()).as("a column per task besides the trainee")
                    .hasSize(tasksView.current.tasks().size() + 1);
        });

        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> {
            UI.getCurrent().navigate(MyResourcesView.class);
            MyResourcesView mine = _get(MyResourcesView.class);
            MyResource resource = mine.resources.stream().filter(r -> r.resource().title().equals(resourceTitle))
                    .findFirst().orElseThrow();
            assertThat(resource.progress().percent()).isZero();
            assertThat(_find(mine, Card.class)).hasSize(mine.resources.size());

            UI.getCurrent().navigate(ResourcePlayerView.class, resource.resource().id().value());
            ResourcePlayerView player = _get(ResourcePlayerView.class);
            assertThat(player.currentPage).isEqualTo(1);
            assertThat(player.pageText.getText()).isEqualTo("第 1 / 2 页");
            assertThat(_find(player.page, Image.class)).hasSize(1);
            assertThat(player.progressText.getText()).isEqualTo("学习进度 50%");
            _click(player.next);
            assertThat(player.pageText.getText()).isEqualTo("第 2 / 2 页");
            assertThat(player.progressText.getText()).isEqualTo("已学完（100%）");
            assertThat(player.next.isEnabled()).isFalse();

            UI.getCurrent().navigate(MyTasksView.class);
            MyTasksView myTasks = _get(MyTasksView.class);
            MyTask study = myTasks.tasks.stream().filter(t -> t.task().title().equals(studyTitle)).findFirst()
                    .orElseThrow();
            assertThat(study.status()).as("finishing the PDF completed it").isEqualTo(CompletionStatus.COMPLETED);
            MyTask offline = myTasks.tasks.stream().filter(t -> t.task().title().equals(offlineTitle)).findFirst()
                    .orElseThrow();
            assertThat(offline.lecturer()).isNotNull();
            assertThat(offline.lecturer().name()).isEqualTo("谭志强");

            UI.getCurrent().navigate(TaskDetailView.class, offline.task().id().value());
            TaskDetailView detail = _get(TaskDetailView.class);
            assertThat(detail.getElement().getTextRecursively()).contains("讲师简介", "谭志强", "SYB-TT-430100-2016-0031");
            _click(detail.complete);
            NotificationsKt.expectNotifications("请填写完成说明或上传文件");
            detail.evidence.setValue("走访了三家面包店");
            _click(detail.complete);
            NotificationsKt.expectNotifications("任务已完成");
            assertThat(detail.task.status()).isEqualTo(CompletionStatus.COMPLETED);
        });

        Caller back = login("lecturer1");
        asTenantOf(back, () -> {
            UI.getCurrent().navigate(TeachingTasksView.class);
            TeachingTasksView view = _get(TeachingTasksView.class);
            TaskView offline = view.current.tasks().stream().filter(t -> t.title().equals(offlineTitle)).findFirst()
                    .orElseThrow();
            var trainee1 = view.current.rows().stream().filter(r -> r.cell(offline.id()) == CompletionStatus.COMPLETED)
                    .findFirst().orElseThrow();
            view.openCompletion(trainee1, offline);
            assertThat(view.completionDialog).isNotNull();
            assertThat(view.completionDialog.getElement().getTextRecursively()).contains("走访了三家面包店");
            view.completionDialog.comment.setValue("请附上照片");
            _click(view.completionDialog.giveBack);
            NotificationsKt.expectNotifications("已退回 " + trainee1.name() + " 的任务");
            assertThat(view.current.rows().stream().filter(r -> r.trainee().equals(trainee1.trainee())).findFirst()
                    .orElseThrow().cell(offline.id())).isEqualTo(CompletionStatus.RETURNED);

            UI.getCurrent().navigate(LearningStatisticsView.class);
            LearningStatisticsView stats = _get(LearningStatisticsView.class);
            assertThat(stats.current).isNotNull();
            assertThat(stats.current.trainees()).anyMatch(t -> t.trainee().equals(trainee1.trainee())
                    && t.figure("teaching.stat.resources-finished") != null
                    && t.figure("teaching.stat.resources-finished") >= 1);
            assertThat(stats.traineeChart.option()).contains("资源学习进度", "任务完成率");
            assertThat(stats.taskChart.option()).contains(offlineTitle);
            assertThat(stats.grid.getColumnByKey("teaching.stat.task-rate").getHeaderText())
                    .isEqualTo("任务完成率（%）");
            ByteArrayOutputStream excel = new ByteArrayOutputStream();
            try {
                StatisticsExcel.write(stats.current, stats, excel);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(excel.toByteArray()).startsWith('P', 'K');
            assertThat(stats.overview.getListDataView().getItems().map(CohortStatistics::cohortName))
                    .as("lecturer1 runs one cohort").containsExactly(stats.current.cohortName());
        });

        Caller again = login("trainee1");
        asTenantOf(again, () -> {
            MyTask returned = tasks.mine().stream().filter(t -> t.task().title().equals(offlineTitle)).findFirst()
                    .orElseThrow();
            UI.getCurrent().navigate(TaskDetailView.class, returned.task().id().value());
            TaskDetailView detail = _get(TaskDetailView.class);
            assertThat(detail.getElement().getTextRecursively()).contains("讲师退回意见", "请附上照片");
            detail.evidence.setValue("补充了照片说明");
            _click(detail.complete);
            assertThat(detail.task.status()).isEqualTo(CompletionStatus.COMPLETED);
            assertThat(detail.task.completion().attempts()).isEqualTo(2);
        });
    }

    @Test
    void theVideoPlayerAcceptsRealTimeAndRefusesAJumpAhead() {
        String title = "视频" + UUID.randomUUID().toString().substring(0, 6);
        Caller lecturer = login("lecturer1");
        ResourceView[] video = new ResourceView[1];
        asTenantOf(lecturer, () -> {
            UI.getCurrent().navigate(TeachingResourcesView.class);
            TeachingResourcesView view = _get(TeachingResourcesView.class);
            view.title.setValue(title);
            view.receive(new ByteArrayInputStream(mp4(60)), "long.mp4");
            NotificationsKt.expectNotifications("已上传“" + title + "”");
            video[0] = view.grid.getListDataView().getItems().filter(r -> r.title().equals(title)).findFirst()
                    .orElseThrow();
            assertThat(video[0].durationSeconds()).isEqualTo(60.0);
        });
        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> {
            UI.getCurrent().navigate(ResourcePlayerView.class, video[0].id().value());
            ResourcePlayerView player = _get(ResourcePlayerView.class);
            assertThat(player.video).isNotNull();
            assertThat(player.video.getAttribute("src")).contains("X-Amz-Signature");
            player.report(3);
            assertThat(player.progressText.getText()).isEqualTo("学习进度 5%");
            player.report(40);
            NotificationsKt.expectNotifications("不能快进到尚未观看的部分，已回到第 3 秒");
            assertThat(resources.progress(video[0].id()).watchedSeconds()).isEqualTo(3.0);
        });
    }

    /** ftyp, moov with a movie header of the given length, and a little media data. */
    private static byte[] mp4(int seconds) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(24 + 8 + 108 + 8 + 64);
        buffer.putInt(24).put(ascii("ftyp")).put(ascii("isom")).putInt(512).put(ascii("isom")).put(ascii("mp41"));
        buffer.putInt(8 + 108).put(ascii("moov"));
        buffer.putInt(108).put(ascii("mvhd")).putInt(0).putInt(0).putInt(0).putInt(1000).putInt(seconds * 1000);
        buffer.put(new byte[108 - 28]);
        buffer.putInt(8 + 64).put(ascii("mdat")).put(new byte[64]);
        return buffer.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private void publish(TeachingTasksView view, TaskKind kind, String title, ResourceView resource) {
        _click(view.publish);
        TeachingTasksView.PublishDialog dialog = view.dialog;
        assertThat(dialog).isNotNull();
        dialog.kind.setValue(kind);
        dialog.title.setValue(title);
        if (resource != null) {
            assertThat(dialog.resource.isVisible()).isTrue();
            dialog.resource.setValue(resource);
        }
        dialog.due.setValue(LocalDateTime.now(Formats.CHINA).plusDays(3).withNano(0));
        dialog.save();
        NotificationsKt.expectNotifications("已发布任务“" + title + "”");
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
