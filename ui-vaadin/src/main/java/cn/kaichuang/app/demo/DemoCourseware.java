package cn.kaichuang.app.demo;

import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.courseware.CohortCourseware;
import cn.kaichuang.courseware.CoursewareCatalogue;
import cn.kaichuang.courseware.CoursewareId;
import cn.kaichuang.courseware.CoursewareItem;
import cn.kaichuang.courseware.CoursewareQuery;
import cn.kaichuang.courseware.NewCourseware;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.tenancy.TenantContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The province's demo courseware: a few published items with small PDFs generated here (no
 * binaries in the repository), attached to the first demo institution's cohorts. Looks before it
 * writes, like the rest of the demo.
 */
@Component
class DemoCourseware {

    record Item(String title, Set<CourseType> courseTypes, String module, String knowledgePoint, String english,
            int versions) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("创业意识：你适合创业吗", Set.of(CourseType.GYB, CourseType.SYB), "创业意识", "创业者素质评估",
                    "Am I ready to start a business?", 1),
            new Item("市场评估与目标客户", Set.of(CourseType.SYB), "市场评估", "目标客户与竞争对手",
                    "Market assessment and target customers", 2),
            new Item("企业财务计划入门", Set.of(CourseType.SYB, CourseType.IYB), "财务计划", "启动资金与利润预测",
                    "Financial planning basics", 1));

    private final CoursewareCatalogue catalogue;
    private final CohortCourseware cohortCourseware;
    private final Cohorts cohorts;
    private final ObjectProvider<ObjectStore> store;

    DemoCourseware(CoursewareCatalogue catalogue, CohortCourseware cohortCourseware, Cohorts cohorts,
            ObjectProvider<ObjectStore> store) {
        this.catalogue = catalogue;
        this.cohortCourseware = cohortCourseware;
        this.cohorts = cohorts;
        this.store = store;
    }

    /** Without an object store there is nowhere to keep the files: then there is no demo courseware. */
    boolean possible() {
        return store.getIfAvailable() != null;
    }

    void seed() {
        List<CoursewareId> published = ITEMS.stream().map(this::published).toList();
        DemoInstitution first = DemoData.first();
        TenantContext.run(first.code(), () -> {
            List<CohortView> all = cohorts.all().stream().sorted(Comparator.comparing(CohortView::startDate)).toList();
            for (int i = 0; i < all.size(); i++) {
                CohortView cohort = all.get(i);
                for (CoursewareId id : published) {
                    // The second item pinned at its first version in the first cohort, to show pinning.
                    Integer pinned = i == 0 && id.equals(published.get(1)) ? 1 : null;
                    cohortCourseware.attach(cohort.id(), id, pinned);
                }
            }
        });
    }

    private CoursewareId published(Item item) {
        CoursewareItem existing = catalogue.search(new CoursewareQuery(item.title(), null, null), 0, 10).stream()
                .filter(c -> c.title().equals(item.title())).findFirst().orElse(null);
        CoursewareId id = existing != null ? existing.id() : catalogue.create(new NewCourseware(item.title(),
                item.courseTypes(), item.module(), item.knowledgePoint(), "演示课件：" + item.knowledgePoint()));
        int have = existing == null ? 0 : existing.latestVersion();
        for (int version = have + 1; version <= item.versions(); version++) {
            catalogue.upload(id, new ByteArrayInputStream(pdf(item.english(), version)), item.title() + ".pdf",
                    version == 1 ? "初版" : "补充案例");
        }
        if (existing == null || !existing.published()) {
            catalogue.publish(id);
        }
        return id;
    }

    /** A one-page PDF in a standard font (no Chinese font needed), a few hundred bytes. */
    static byte[] pdf(String title, int version) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 20);
                content.newLineAtOffset(72, 700);
                content.showText(title);
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(0, -28);
                content.showText("Kaichuang demo courseware, version " + version);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not generate a demo PDF", e);
        }
    }
}
