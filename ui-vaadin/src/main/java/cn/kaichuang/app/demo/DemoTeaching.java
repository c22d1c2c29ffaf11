package cn.kaichuang.app.demo;

import cn.kaichuang.cohort.CohortPlans;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.SessionView;
import cn.kaichuang.teaching.NewTask;
import cn.kaichuang.teaching.ResourceView;
import cn.kaichuang.teaching.TaskKind;
import cn.kaichuang.teaching.TaskView;
import cn.kaichuang.teaching.TeachingResources;
import cn.kaichuang.teaching.TeachingTasks;
import cn.kaichuang.tenancy.TenantContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * Teaching in the demo: lecturer1's running cohort gets two resources (a three-page PDF made here
 * and an 8-second MP4 of 20 KB shipped as {@code demo/teaching-demo.mp4}) and two tasks (watch the
 * video; hand in a draft for the second session). Looks before it writes.
 */
@Component
class DemoTeaching {

    static final String PDF_TITLE = "创业计划书写作指南";
    static final String VIDEO_TITLE = "创业意识导论（短片）";
    static final String WATCH_TASK = "观看《创业意识导论》短片";
    static final String DRAFT_TASK = "提交市场调查草稿";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TeachingResources resources;
    private final TeachingTasks tasks;
    private final Cohorts cohorts;
    private final CohortPlans plans;
    private final Clock clock;

    DemoTeaching(TeachingResources resources, TeachingTasks tasks, Cohorts cohorts, CohortPlans plans,
            Optional<Clock> clock) {
        this.resources = resources;
        this.tasks = tasks;
        this.cohorts = cohorts;
        this.plans = plans;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    void seed() {
        DemoInstitution first = DemoData.first();
        String running = first.cohorts().stream().filter(c -> c.status() == CohortStatus.RUNNING).findFirst()
                .orElseThrow().name();
        TenantContext.run(first.code(), () -> cohorts.all().stream().filter(c -> c.name().equals(running))
                .findFirst().ifPresent(this::seed));
    }

    private void seed(CohortView cohort) {
        List<ResourceView> existing = resources.of(cohort.id());
        ResourceView pdf = existing.stream().filter(r -> r.title().equals(PDF_TITLE)).findFirst()
                .orElseGet(() -> resources.upload(cohort.id(), PDF_TITLE, "business-plan-guide.pdf",
                        new ByteArrayInputStream(guide())));
        ResourceView video = existing.stream().filter(r -> r.title().equals(VIDEO_TITLE)).findFirst()
                .orElseGet(() -> {
                    try (InputStream in = DemoTeaching.class.getResourceAsStream("/demo/teaching-demo.mp4")) {
                        if (in == null) {
                            throw new IllegalStateException("demo/teaching-demo.mp4 is missing");
                        }
                        return resources.upload(cohort.id(), VIDEO_TITLE, "introduction.mp4", in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        List<String> published = tasks.of(cohort.id()).stream().map(TaskView::title).toList();
        var due = LocalDate.now(clock.withZone(CHINA)).plusDays(7).atTime(18, 0).atZone(CHINA).toInstant();
        if (!published.contains(WATCH_TASK)) {
            tasks.publish(new NewTask(cohort.id(), null, TaskKind.WATCH_VIDEO, WATCH_TASK,
                    "完整观看短片，了解创业者应具备的素质。", video.id(), due));
        }
        if (!published.contains(DRAFT_TASK)) {
            List<SessionView> sessions = plans.sessions(cohort.id());
            tasks.publish(new NewTask(cohort.id(), sessions.size() > 1 ? sessions.get(1).id() : null,
                    TaskKind.HAND_IN_DRAFT, DRAFT_TASK, "调查 3 家同类企业的价格与客流，参照《" + pdf.title()
                            + "》写成不少于 500 字的草稿，可上传 Word 或 PDF。", null, due));
        }
    }

    /** Three pages in a standard font (no Chinese font needed). */
    static byte[] guide() {
        String[] pages = {"1. Your business idea", "2. Market and customers", "3. Money: start-up capital"};
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String heading : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 22);
                    content.newLineAtOffset(72, 700);
                    content.showText("Writing a business plan");
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 16);
                    content.newLineAtOffset(0, -36);
                    content.showText(heading);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not generate the demo guide", e);
        }
    }
}
