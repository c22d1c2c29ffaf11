package cn.kaichuang.app.ui.courseware;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.app.ui.trainee.MyLearningView;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.courseware.CohortCourseware;
import cn.kaichuang.courseware.CohortCoursewareEntry;
import cn.kaichuang.courseware.CoursewareCatalogue;
import cn.kaichuang.courseware.CoursewareItem;
import cn.kaichuang.courseware.CoursewareQuery;
import cn.kaichuang.courseware.CoursewareStatus;
import cn.kaichuang.identity.Caller;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 课件 as the province (curating) and as the demo institution's admin (using it in cohorts), and on My Learning. */
class CoursewareViewTest extends KaribuTest {

    @Autowired
    CoursewareCatalogue catalogue;

    @Autowired
    CohortCourseware cohortCourseware;

    @Autowired
    Cohorts cohorts;

    @Test
    void theProvinceCreatesUploadsAndPublishesAfterConfirming() throws IOException {
        login("province");
        UI.getCurrent().navigate(CoursewareView.class);
        CoursewareView view = _get(CoursewareView.class);
        assertThat(view.status.isVisible()).isTrue();
        view.search.setValue("市场评估与目标客户");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains("创办你的企业 SYB", "v2");

        String title = "网络创业实务 " + UUID.randomUUID().toString().substring(0, 8);
        _click(_get(Button.class, spec -> spec.withText("新建课件")));
        NewCoursewareDialog create = _get(NewCoursewareDialog.class);
        _click(_get(create, Button.class, spec -> spec.withText("创建")));
        NotificationsKt.expectNotifications("请填写标题（不超过 200 字）");
        create.title.setValue(title);
        create.courseTypes.setValue(Set.of(CourseType.ONLINE));
        create.module.setValue("网店运营");
        _click(_get(create, Button.class, spec -> spec.withText("创建")));
        NotificationsKt.expectNotifications("已创建课件“" + title + "”，请上传文件");

        view.search.setValue(title);
        view.courseType.setValue(CourseType.ONLINE);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains(title, "草稿", "未发布");
        CoursewareItem item = catalogue.search(new CoursewareQuery(title, null, null), 0, 1).getFirst();

        VersionsDialog versions = new VersionsDialog(catalogue, item, true, view::refresh);
        versions.receive(new ByteArrayInputStream(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}), "课件.pdf");
        NotificationsKt.expectNotifications(
                "不支持的文件类型：仅接受 PDF、DOCX、PPTX、MP4、PNG、JPEG（按文件内容识别，改扩展名无效），未保存");
        assertThat(GridKt._size(versions.grid)).isZero();
        versions.changeNote.setValue("初版");
        versions.receive(new ByteArrayInputStream(pdf()), "网店运营.pdf");
        NotificationsKt.expectNotifications("已上传 v1：网店运营.pdf");
        assertThat(GridKt._getFormattedRow(versions.grid, 0)).contains("v1", "网店运营.pdf", "初版");

        Component actions = GridKt._getCellComponent(view.grid, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("发布")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        assertThat(catalogue.find(item.id()).orElseThrow().status()).isEqualTo(CoursewareStatus.PUBLISHED);
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains(title, "已发布", "v1");
        confirm.close();

        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class, spec -> spec.withText("版本")));
        VersionsDialog opened = _get(VersionsDialog.class);
        assertThat(GridKt._size(opened.grid)).isEqualTo(1);
        _get(opened, com.vaadin.flow.component.upload.Upload.class);
    }

    @Test
    void anInstitutionAdminSeesOnlyPublishedCoursewareAndManagesACohortsList() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(CoursewareView.class);
            CoursewareView view = _get(CoursewareView.class);
            assertThat(view.status.isVisible()).isFalse();
            assertThat(_find(Button.class, spec -> spec.withText("新建课件"))).isEmpty();
            view.search.setValue("企业财务计划入门");
            assertThat(GridKt._size(view.grid)).isEqualTo(1);

            CohortView cohort = cohorts.all().stream().filter(c -> c.name().contains("SYB")).findFirst()
                    .orElse(cohorts.all().getFirst());
            @SuppressWarnings("unchecked")
            ComboBox<CohortView> picker = _get(ComboBox.class, spec -> spec.withLabel("班期"));
            picker.setValue(cohort);
            CohortCoursewarePanel panel = _get(CohortCoursewarePanel.class);
            int before = GridKt._size(panel.grid);
            assertThat(before).isGreaterThanOrEqualTo(1);
            int row = rowOf(panel, "企业财务计划入门");

            _click(_get(GridKt._getCellComponent(panel.grid, row, "actions"), Button.class, spec -> spec.withText("移除")));
            ConfirmDialog confirm = _get(ConfirmDialog.class);
            ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
            // The browser closes it on confirming; here the test does.
            confirm.close();
            NotificationsKt.expectNotifications("已移除“企业财务计划入门”");
            assertThat(GridKt._size(panel.grid)).isEqualTo(before - 1);

            _click(_get(panel, Button.class, spec -> spec.withText("添加课件")));
            CohortCoursewarePanel.AttachDialog attach = _get(CohortCoursewarePanel.AttachDialog.class);
            attach.save();
            NotificationsKt.expectNotifications("请选择课件和版本");
            CoursewareItem finance = catalogue.search(new CoursewareQuery("企业财务计划入门", null, null), 0, 1).getFirst();
            attach.item.setValue(finance);
            attach.version.setValue(attach.version.getListDataView().getItems()
                    .filter(choice -> Integer.valueOf(1).equals(choice.number())).findFirst().orElseThrow());
            attach.save();
            assertThat(GridKt._size(panel.grid)).isEqualTo(before);
            assertThat(GridKt._getFormattedRow(panel.grid, rowOf(panel, "企业财务计划入门"))).contains("固定版本 v1");
            List<CohortCoursewareEntry> entries = cohortCourseware.of(cohort.id());
            assertThat(entries).filteredOn(e -> e.item().id().equals(finance.id())).singleElement()
                    .satisfies(e -> assertThat(e.pinnedVersion()).isEqualTo(1));
        });
    }

    @Test
    void aLecturerSeesTheirCohortsCoursewareWithoutChangingIt() {
        Caller lecturer = login("lecturer1");
        asTenantOf(lecturer, () -> {
            UI.getCurrent().navigate(CoursewareView.class);
            @SuppressWarnings("unchecked")
            ComboBox<CohortView> picker = _get(ComboBox.class, spec -> spec.withLabel("班期"));
            List<CohortView> led = cohorts.all();
            assertThat(led).isNotEmpty();
            picker.setValue(led.getFirst());
            CohortCoursewarePanel panel = _get(CohortCoursewarePanel.class);
            assertThat(GridKt._size(panel.grid)).isPositive();
            assertThat(_find(panel, Button.class, spec -> spec.withText("添加课件"))).as("only visible ones").isEmpty();
            Component actions = GridKt._getCellComponent(panel.grid, 0, "actions");
            assertThat(_find(actions, Button.class)).extracting(Button::getText).containsExactly("打开");
        });
    }

    @Test
    void aTraineeSeesTheCohortsCoursewareOnMyLearningAndOpensIt() {
        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> {
            UI.getCurrent().navigate(MyLearningView.class);
            assertThat(_get(MyLearningView.class).getElement().getTextRecursively())
                    .contains("课件", "市场评估与目标客户");
            NotificationsKt.clearNotifications();
            List<Button> open = _find(Button.class, spec -> spec.withText("打开"));
            assertThat(open).isNotEmpty();
            _click(open.getFirst());
            assertThat(NotificationsKt.getNotifications()).extracting(Notification::isOpened).doesNotContain(true);
        });
    }

    private static int rowOf(CohortCoursewarePanel panel, String title) {
        for (int i = 0; i < GridKt._size(panel.grid); i++) {
            if (GridKt._getFormattedRow(panel.grid, i).getFirst().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + title);
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
