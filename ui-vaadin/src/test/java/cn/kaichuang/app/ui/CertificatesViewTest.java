package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.certificate.CertificatesView;
import cn.kaichuang.app.ui.certificate.VerifyCertificateView;
import cn.kaichuang.certificate.Certificate;
import cn.kaichuang.certificate.Certificates;
import cn.kaichuang.certificate.Eligibility;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.identity.Caller;
import com.github.mvysny.fakeservlet.FakeHttpEnvironment;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 证书发放 as the demo institution's admin, and the public verification page. */
class CertificatesViewTest extends KaribuTest {

    @Autowired
    Certificates certificates;

    @Autowired
    Cohorts cohorts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminIssuesToTheEligibleAfterConfirmingAndTheQrPageVerifiesIt() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            CohortView cohort = completedCohort(admin);
            UI.getCurrent().navigate(CertificatesView.class);
            assertThat(_get(EmptyState.class).getElement().getTextRecursively()).contains("请选择一个班期");

            @SuppressWarnings("unchecked")
            ComboBox<CohortView> picker = _get(ComboBox.class);
            picker.setValue(cohort);
            Grid<?> grid = _get(Grid.class);
            assertThat(GridKt._size(grid)).isEqualTo(cohort.enrolled());
            assertThat(GridKt._getFormattedRow(grid, 0).get(1)).contains("未达标");
            Button issueAll = _get(Button.class, spec -> spec.withText("为全部合格学员发证"));
            assertThat(issueAll.isEnabled()).isFalse();

            Eligibility first = certificates.eligibility(cohort.id()).getFirst();
            certificates.overrideCompletion(cohort.id(), first.trainee(), "纸质考勤与考试成绩已核验");
            picker.setValue(null);
            picker.setValue(cohort);
            _click(issueAll);
            ConfirmDialog confirm = _get(ConfirmDialog.class);
            assertThat(text(confirm)).contains("1 名合格学员");
            ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
            // More trainees than one round trip handles: the browser's polls drive the batch.
            assertThat(cohort.enrolled()).isGreaterThan(10);
            ProgressBar progress = _get(ProgressBar.class);
            assertThat(UI.getCurrent().getPollInterval()).isPositive();
            for (int poll = 0; poll < 10 && UI.getCurrent().getPollInterval() > 0; poll++) {
                ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
            }
            assertThat(progress.getValue()).isEqualTo(cohort.enrolled());
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
            ConfirmDialog summary = _get(ConfirmDialog.class, spec -> spec.withClasses("kc-issue-summary"));
            assertThat(text(summary)).contains("新发放 1 份证书", "人未达结业要求");
            assertThat(_get(Anchor.class, spec -> spec.withText("下载全部证书（ZIP）")).isVisible()).isTrue();

            List<Certificate> issued = certificates.ofCohort(cohort.id());
            assertThat(issued).singleElement().satisfies(c -> assertThat(c.traineeName()).isEqualTo(first.traineeName()));
            assertThat(String.join(" ", GridKt._getFormattedRow(grid, 0))).contains("已发证", issued.getFirst().serial());

            UI.getCurrent().navigate("verify/" + issued.getFirst().serial());
            Div result = _get(VerifyCertificateView.class).getChildren().filter(Div.class::isInstance)
                    .map(Div.class::cast).findFirst().orElseThrow();
            assertThat(result.getElement().getAttribute("data-status")).isEqualTo("VALID");
            assertThat(result.getElement().getTextRecursively()).contains("有效证书", "********")
                    .doesNotContain(issued.getFirst().idCard().value());
        });
    }

    @Test
    void aCohortNotYetCompletedSaysWhyNothingCanBeIssued() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            CohortView running = cohorts.all().getFirst();
            String before = running.status().name();
            setStatus(admin, running, "RUNNING");
            try {
                UI.getCurrent().navigate(CertificatesView.class);
                @SuppressWarnings("unchecked")
                ComboBox<CohortView> picker = _get(ComboBox.class);
                picker.setValue(cohorts.find(running.id()).orElseThrow());
                assertThat(_get(Paragraph.class, spec -> spec.withClasses("kc-notice")).getText())
                        .contains("进行中", "结业后方可发证");
                assertThat(_get(Button.class, spec -> spec.withText("为全部合格学员发证")).isEnabled()).isFalse();
            } finally {
                setStatus(admin, running, before);
            }
        });
    }

    @Test
    void theVerificationPageIsRateLimitedPerAddress() {
        // An address of its own, so the other tests' lookups keep their bucket.
        String previous = FakeHttpEnvironment.INSTANCE.getRemoteAddr();
        FakeHttpEnvironment.INSTANCE.setRemoteAddr("203.0.113.9");
        try {
            List<String> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 21; i++) {
                UI.getCurrent().navigate("verify/43-2026-SYB-99999" + (i % 10));
                statuses.add(resultOf().getElement().getAttribute("data-status"));
            }
            assertThat(statuses.subList(0, 20)).containsOnly("NOT_FOUND");
            assertThat(statuses.getLast()).isEqualTo("RATE_LIMITED");
            assertThat(resultOf().getElement().getTextRecursively()).contains("核验过于频繁");
        } finally {
            FakeHttpEnvironment.INSTANCE.setRemoteAddr(previous);
        }
    }

    private static Div resultOf() {
        return _get(VerifyCertificateView.class).getChildren().filter(Div.class::isInstance)
                .map(Div.class::cast).findFirst().orElseThrow();
    }

    /** A completed cohort of the demo; until the demo has one, the last cohort is completed by SQL. */
    private CohortView completedCohort(Caller admin) {
        return cohorts.all().stream().filter(c -> c.status() == CohortStatus.COMPLETED).findFirst().orElseGet(() -> {
            CohortView last = cohorts.all().getLast();
            setStatus(admin, last, "COMPLETED");
            return cohorts.find(last.id()).orElseThrow();
        });
    }

    private void setStatus(Caller admin, CohortView cohort, String status) {
        jdbc.sql("update " + admin.tenantCode().orElseThrow().schemaName() + ".cohort set status = ? where id = ?")
                .params(status, cohort.id().value()).update();
    }

    private static String text(ConfirmDialog dialog) {
        return dialog.getElement().getTextRecursively() + " " + dialog.getElement().getProperty("message", "");
    }

    @Test
    void anUnknownSerialIsReportedPlainly() {
        UI.getCurrent().navigate("verify/43-2026-SYB-999999");
        Div result = _get(VerifyCertificateView.class).getChildren().filter(Div.class::isInstance)
                .map(Div.class::cast).findFirst().orElseThrow();
        assertThat(result.getElement().getAttribute("data-status")).isEqualTo("NOT_FOUND");
        assertThat(result.getElement().getTextRecursively()).contains("未找到证书编号");
    }
}
