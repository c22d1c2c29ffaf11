package cn.kaichuang.app.ui.institution;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.app.ui.TwoRegions;
import cn.kaichuang.cohort.RosterImport;
import cn.kaichuang.cohort.RosterProblem;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The institution admin imports a roster, is shown exactly the bad rows, and edits a trainee. */
@TestPropertySource(properties = "kaichuang.demo.enabled=false")
class RosterImportViewTest extends KaribuTest {

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    Trainees trainees;

    private Caller admin;

    @BeforeEach
    void signIn() {
        TwoRegions.ensure(provisioning, tenants, accounts);
        admin = login(TwoRegions.ADMIN);
    }

    @Test
    void aGoodRosterIsImportedAndListed() {
        asTenantOf(admin, () -> {
            TraineesView view = UI.getCurrent().navigate(TraineesView.class).orElseThrow();
            long before = trainees.count();
            RosterImportDialog dialog = view.openImport();
            dialog.importFile("花名册.xlsx", xlsx(List.of(
                    List.of("欧阳一", id("43010219900202111"), "13800001111"),
                    List.of("欧阳二", id("43010219900202112"), "13900001112"))));

            assertThat(dialog.outcome.getText()).isEqualTo("已导入 2 名学员。");
            assertThat(dialog.problems.isVisible()).isFalse();
            assertThat(trainees.count()).isEqualTo(before + 2);
            assertThat(GridKt._size(view.grid())).isEqualTo((int) before + 2);
        });
    }

    @Test
    void aBadRosterImportsNothingAndReportsEachBadRowWithItsReason() throws IOException {
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(TraineesView.class);
            TraineesView view = _get(TraineesView.class);
            long before = trainees.count();
            RosterImportDialog dialog = view.openImport();
            String wrongCheck = "43010219900202121";
            char right = IdCardNumber.checkCharacter(wrongCheck);
            dialog.importFile("花名册.xlsx", xlsx(List.of(
                    List.of("好人", id("43010219900202120"), "13800001120"),
                    List.of("错号", wrongCheck + (right == '1' ? '2' : '1'), "13800001121"),
                    List.of("错电话", id("43010219900202122"), "1380000112"),
                    List.of("重复", id("43010219900202120"), "13800001123"))));

            assertThat(dialog.outcome.getText()).isEqualTo("花名册未导入：4 行中有 3 行有误，请按错误原因修改后重新上传。");
            assertThat(trainees.count()).isEqualTo(before);
            assertThat(dialog.problems.isVisible()).isTrue();
            assertThat(dialog.report.isVisible()).isTrue();
            assertThat(GridKt._size(dialog.problems)).isEqualTo(3);
            assertThat(List.of(GridKt._getFormattedRow(dialog.problems, 0), GridKt._getFormattedRow(dialog.problems, 1),
                    GridKt._getFormattedRow(dialog.problems, 2))).extracting(row -> row.get(0) + " " + row.get(4))
                    .containsExactly("3 身份证号校验码不符，请核对是否输错", "4 手机号格式不正确，应为 1 开头的 11 位数字",
                            "5 与第 2 行的身份证号重复");
        });
    }

    @Test
    void theErrorReportRepeatsTheRowsWithAColumnOfReasons() throws IOException {
        List<RosterProblem> problems = List.of(new RosterProblem(new cn.kaichuang.cohort.RosterRow(3, "错号",
                "430102199002021211", "13800001121"), List.of(new RosterProblem.Reason("roster.error.id-check-digit", ""),
                new RosterProblem.Reason("roster.error.duplicate-in-file", "2"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterExcel.errorReport(problems, (key, argument) -> key + "(" + argument + ")", out);

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(List.of(rows.get(0).getCellText(0), rows.get(0).getCellText(1), rows.get(0).getCellText(2),
                    rows.get(0).getCellText(3), rows.get(0).getCellText(4)))
                    .containsExactly("行号", "姓名", "身份证号", "手机号", "错误原因");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("430102199002021211");
            assertThat(rows.get(1).getCellText(4))
                    .isEqualTo("roster.error.id-check-digit()；roster.error.duplicate-in-file(2)");
        }
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        RosterExcel.template(template);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Row header = book.getFirstSheet().read().getFirst();
            assertThat(List.of(header.getCellText(0), header.getCellText(1), header.getCellText(2)))
                    .isEqualTo(RosterImport.HEADERS);
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedWithAClearMessage() {
        asTenantOf(admin, () -> {
            TraineesView view = UI.getCurrent().navigate(TraineesView.class).orElseThrow();
            long before = trainees.count();
            RosterImportDialog dialog = view.openImport();
            dialog.importFile("花名册.csv", "姓名,身份证号,手机号".getBytes(StandardCharsets.UTF_8));
            assertThat(dialog.outcome.getText()).startsWith("该文件不是 Excel 工作簿（.xlsx）");
            dialog.importFile("花名册.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8));
            assertThat(dialog.outcome.getText()).startsWith("该文件不是 Excel 工作簿（.xlsx）");
            assertThat(trainees.count()).isEqualTo(before);
        });
    }

    @Test
    void theAdminEditsATraineeAndABadPhoneIsShownAtTheField() {
        asTenantOf(admin, () -> {
            TraineeView trainee = trainees.find(trainees.register(new cn.kaichuang.cohort.NewTrainee("编辑前",
                    IdCardNumber.of(id("43010219900202131")), null, null))).orElseThrow();
            UI.getCurrent().navigate(TraineesView.class);
            TraineeEditDialog dialog = new TraineeEditDialog(trainees, trainee, saved -> { });
            dialog.open();
            dialog.phone.setValue("12345");
            dialog.save.click();
            assertThat(dialog.phone.isInvalid()).isTrue();
            assertThat(dialog.phone.getErrorMessage()).startsWith("手机号码格式不正确");
            assertThat(trainees.find(trainee.id()).orElseThrow().phone()).isNull();

            dialog.name.setValue("编辑后");
            dialog.phone.setValue("13912345678");
            dialog.save.click();
            TraineeView after = trainees.find(trainee.id()).orElseThrow();
            assertThat(after.name()).isEqualTo("编辑后");
            assertThat(after.phone()).isEqualTo("13912345678");
        });
    }

    @Test
    void theAdminRegistersATraineeAndARepeatedNumberIsRefusedAtTheField() {
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(TraineesView.class);
            long before = trainees.count();
            TraineeEditDialog first = new TraineeEditDialog(trainees, null, saved -> { });
            first.open();
            first.name.setValue("新学员");
            first.idCard.setValue(id("43010219900202141"));
            first.phone.setValue("13712345678");
            first.save.click();
            assertThat(trainees.count()).isEqualTo(before + 1);

            TraineeEditDialog again = new TraineeEditDialog(trainees, null, saved -> { });
            again.open();
            again.name.setValue("重复学员");
            again.idCard.setValue(id("43010219900202141"));
            again.save.click();
            assertThat(again.idCard.isInvalid()).isTrue();
            assertThat(again.idCard.getErrorMessage()).isEqualTo("本机构已有该身份证号码的学员。");
            assertThat(trainees.count()).isEqualTo(before + 1);
        });
    }

    static String id(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    static byte[] xlsx(List<List<String>> rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("花名册");
            for (int c = 0; c < RosterImport.HEADERS.size(); c++) {
                sheet.value(0, c, RosterImport.HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
