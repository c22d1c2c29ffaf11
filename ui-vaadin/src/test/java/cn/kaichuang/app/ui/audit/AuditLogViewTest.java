package cn.kaichuang.app.ui.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditQuery;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditLogViewTest extends KaribuTest {

    private static final TenantCode XINGCHENG = TenantCode.of("changsha-xingcheng");
    private static final TenantCode YANDI = TenantCode.of("zhuzhou-yandi");

    @Autowired AuditTrail audit;
    @Autowired TenantDirectory tenants;
    @Autowired JdbcClient jdbc;

    @Test
    void anInstitutionAdminSeesTheirInstitutionsChainOnlyNewestFirst() {
        Caller admin = login("admin1");
        AuditLogView view = open(admin);

        Grid<AuditEntry> grid = view.grid();
        long expected = audit.count(XINGCHENG, AuditQuery.all());
        assertThat(expected).isGreaterThan(50);
        assertThat(GridKt._size(grid)).isEqualTo(expected);
        assertThat(rows(grid, 30)).allSatisfy(e -> assertThat(e.tenant()).isEqualTo("changsha-xingcheng"));
        assertThat(GridKt._get(grid, 0).seq()).isEqualTo(expected);
        assertThat(view.institutionField().isAttached()).isFalse();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withText("共 " + expected + " 条记录")))
                .isNotNull();
    }

    @Test
    void theProvinceSeesThePlatformChainAndCanPickAnInstitution() {
        AuditLogView view = open(login("province"));
        Grid<AuditEntry> grid = view.grid();
        assertThat(GridKt._size(grid)).isEqualTo(audit.count(null, AuditQuery.all()));
        assertThat(rows(grid, GridKt._size(grid))).extracting(AuditEntry::action).contains("tenant.created");

        view.institutionField().setValue(tenants.require(YANDI));

        assertThat(GridKt._size(grid)).isEqualTo(audit.count(YANDI, AuditQuery.all()));
        assertThat(rows(grid, 20)).allSatisfy(e -> assertThat(e.tenant()).isEqualTo("zhuzhou-yandi"));
    }

    @Test
    void filtersAndSortingNarrowAndOrderTheList() {
        AuditLogView view = open(login("admin1"));
        Grid<AuditEntry> grid = view.grid();

        view.filters().actionField().setValue("lecturer.");
        long lecturers = audit.count(XINGCHENG, new AuditQuery(null, "lecturer.", null, null, AuditQuery.Sort.SEQ, true));
        assertThat(lecturers).isPositive();
        assertThat(GridKt._size(grid)).isEqualTo(lecturers);
        assertThat(rows(grid, (int) lecturers)).allSatisfy(e -> assertThat(e.action()).startsWith("lecturer."));

        view.filters().actionField().clear();
        view.filters().actorField().setValue("nobody-like-this");
        assertThat(GridKt._size(grid)).isZero();
        view.filters().actorField().clear();

        LocalDate today = LocalDate.now(cn.kaichuang.app.ui.Formats.CHINA);
        view.filters().fromField().setValue(today.plusDays(1));
        assertThat(GridKt._size(grid)).isZero();
        view.filters().toField().setValue(today);
        // A reversed range is refused with a message, and the list stays as it was.
        assertThat(view.filters().toField().isInvalid()).isTrue();
        assertThat(view.filters().toField().getErrorMessage()).isEqualTo("起始日期不能晚于截止日期");
        assertThat(GridKt._size(grid)).isZero();
        view.filters().fromField().setValue(today.minusDays(1));
        assertThat(view.filters().toField().isInvalid()).isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(audit.count(XINGCHENG, AuditQuery.all()));

        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().get(0), SortDirection.ASCENDING)));
        assertThat(GridKt._get(grid, 0).seq()).isEqualTo(1);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().get(3), SortDirection.DESCENDING)));
        List<String> actions = rows(grid, GridKt._size(grid)).stream().map(AuditEntry::action).toList();
        assertThat(actions).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void verifyingShowsAnIntactChainAndCatchesAnEditedRow() {
        AuditLogView view = open(login("province"));
        view.institutionField().setValue(tenants.require(YANDI));
        NotificationsKt.clearNotifications();

        ButtonKt._click(_get(Button.class, spec -> spec.withText("验证审计链")));
        NotificationsKt.expectNotifications("审计链完整：共 " + audit.count(YANDI, AuditQuery.all()) + " 条记录，未发现篡改");

        String table = YANDI.schemaName() + ".audit_entry";
        String actor = jdbc.sql("select actor from " + table + " where seq = 2").query(String.class).single();
        try {
            jdbc.sql("update " + table + " set actor = 'mallory' where seq = 2").update();
            AuditEntry second = audit.find(YANDI, AuditQuery.all().sortedBy(AuditQuery.Sort.SEQ, true), 1, 1).getFirst();
            String when = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
                    .format(second.occurredAt().atZone(cn.kaichuang.app.ui.Formats.CHINA));

            ButtonKt._click(_get(Button.class, spec -> spec.withText("验证审计链")));
            NotificationsKt.expectNotifications("审计链在第 2 条记录处断裂（记录时间 " + when + "）：内容与其哈希不符，记录已被改动");
        } finally {
            jdbc.sql("update " + table + " set actor = ? where seq = 2").param(actor).update();
        }
    }

    @Test
    void theExcelExportHoldsEveryFilteredEntryWithHeaders() throws IOException {
        login("admin1");
        AuditQuery trainees = new AuditQuery(null, "trainee.", null, null, AuditQuery.Sort.SEQ, true);
        long expected = audit.count(XINGCHENG, trainees);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = AuditExcel.write(audit, XINGCHENG, trainees, key -> UI.getCurrent().getTranslation(key), out);

        assertThat(written).isEqualTo(expected).isGreaterThan(20);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("审计日志");
            assertThat(rows.getFirst().getCellAsString(0)).contains("序号");
            assertThat(rows.getFirst().getCellAsString(3)).contains("操作");
            assertThat(rows).hasSize((int) expected + 1);
            assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.getCellAsString(3).orElseThrow())
                    .startsWith("trainee."));
            assertThat(rows.get(1).getCellAsNumber(0).orElseThrow().longValue())
                    .isEqualTo(audit.find(XINGCHENG, trainees, 0, 1).getFirst().seq());
        }
    }

    private static AuditLogView open(Caller user) {
        UI.getCurrent().navigate(AuditLogView.class);
        return _get(AuditLogView.class);
    }

    private static List<AuditEntry> rows(Grid<AuditEntry> grid, int n) {
        return IntStream.range(0, Math.min(n, GridKt._size(grid))).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
