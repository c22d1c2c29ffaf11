package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.certificate.CertificatesView;
import cn.kaichuang.app.ui.certificate.VerifyCertificateView;
import cn.kaichuang.certificate.Certificate;
import cn.kaichuang.certificate.Certificates;
import cn.kaichuang.certificate.Eligibility;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.identity.Caller;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 证书发放 as the demo institution's admin, and the public verification page. */
class CertificatesViewTest extends KaribuTest {

    @Autowired
    Certificates certificates;

    @Autowired
    Cohorts cohorts;

    @Test
    void anAdminIssuesToTheEligibleAfterConfirmingAndTheQrPageVerifiesIt() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            CohortView cohort = cohorts.all().getLast();
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
            ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

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
    void anUnknownSerialIsReportedPlainly() {
        UI.getCurrent().navigate("verify/43-2026-SYB-999999");
        Div result = _get(VerifyCertificateView.class).getChildren().filter(Div.class::isInstance)
                .map(Div.class::cast).findFirst().orElseThrow();
        assertThat(result.getElement().getAttribute("data-status")).isEqualTo("NOT_FOUND");
        assertThat(result.getElement().getTextRecursively()).contains("未找到证书编号");
    }
}
