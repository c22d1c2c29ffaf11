package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.province.InstitutionView;
import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.institution.Institutions;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.tenancy.TenantStatus;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** 机构详情: the province suspends with a reason (after confirming) and resumes; a prefecture cannot. */
class InstitutionSuspensionViewTest extends KaribuTest {

    private static final TenantCode ZHUZHOU = TenantCode.of("zhuzhou-yandi");

    @Autowired
    TenantDirectory tenants;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    AuditTrail audit;
    @Autowired
    Institutions institutions;

    @Test
    void theProvinceSuspendsWithAReasonThatIsShownAndResumes() {
        login("province");
        try {
            UI.getCurrent().navigate("institution/zhuzhou-yandi");
            _click(_get(Button.class, spec -> spec.withText("暂停机构")));
            Button confirm = _find(Button.class, spec -> spec.withText("暂停机构")).getLast();
            assertThat(confirm.isEnabled()).isFalse();
            _get(TextArea.class).setValue("年度质量评估不合格，限期整改");
            _click(confirm);

            assertThat(tenants.require(ZHUZHOU).status()).isEqualTo(TenantStatus.SUSPENDED);
            assertThat(_get(InstitutionView.class).getElement().getTextRecursively())
                    .contains("已暂停", "年度质量评估不合格，限期整改", "province");

            _click(_get(Button.class, spec -> spec.withText("恢复机构")));
            ConfirmDialog resume = _get(ConfirmDialog.class);
            ComponentUtil.fireEvent(resume, new ConfirmDialog.ConfirmEvent(resume, false));
            assertThat(tenants.require(ZHUZHOU).status()).isEqualTo(TenantStatus.ACTIVE);
            assertThat(_get(InstitutionView.class).getElement().getTextRecursively())
                    .doesNotContain("年度质量评估不合格");
        } finally {
            SecurityContextHolder.clearContext();
            if (tenants.require(ZHUZHOU).status() == TenantStatus.SUSPENDED) {
                provisioning.resume(ZHUZHOU);
            }
        }
        assertThat(audit.recent(null, "institution.", 10)).extracting(AuditEntry::action)
                .contains("institution.suspended", "institution.resumed");
    }

    @Test
    void theProvinceApprovesCourseTypes() {
        login("province");
        Set<CourseType> before = institutions.find(ZHUZHOU).orElseThrow().profile().approvedCourseTypes();
        try {
            UI.getCurrent().navigate("institution/zhuzhou-yandi");
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<CourseType> types = _get(MultiSelectComboBox.class);
            types.setValue(Set.of(CourseType.SYB, CourseType.IYB, CourseType.EYB));
            _click(_get(Button.class, spec -> spec.withText("保存目录清单")));

            assertThat(institutions.find(ZHUZHOU).orElseThrow().profile().approvedCourseTypes())
                    .containsExactlyInAnyOrder(CourseType.SYB, CourseType.IYB, CourseType.EYB);
        } finally {
            institutions.approveCourseTypes(ZHUZHOU, before);
        }
    }

    @Test
    void aPrefectureSeesTheProfileButCannotSuspend() {
        login("changsha");
        UI.getCurrent().navigate("institution/changsha-xingcheng");

        assertThat(_get(InstitutionView.class).getElement().getTextRecursively()).contains("陈建华", "1800");
        assertThat(_find(Button.class, spec -> spec.withText("暂停机构"))).isEmpty();
        assertThat(_find(MultiSelectComboBox.class)).isEmpty();
    }
}
