package cn.kaichuang.app.ui.institution;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.institution.InstitutionProfile;
import cn.kaichuang.institution.Institutions;
import cn.kaichuang.institution.ProfileChange;
import cn.kaichuang.tenancy.TenantCode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 机构信息: the institution admin edits their own profile; bad input is refused on its field and saves nothing. */
class MyInstitutionViewTest extends KaribuTest {

    @Autowired
    Institutions institutions;

    @Test
    void theAdminEditsTheProfileAndBadInputChangesNothing() {
        Caller admin = login("admin1");
        TenantCode tenant = admin.tenantCode().orElseThrow();
        InstitutionProfile before = institutions.own().orElseThrow();
        try {
            asTenantOf(admin, () -> {
                UI.getCurrent().navigate(MyInstitutionView.class);
                MyInstitutionView view = _get(MyInstitutionView.class);
                assertThat(view.contactPerson.getValue()).isEqualTo("陈建华");
                assertThat(view.getElement().getTextRecursively()).contains("创办你的企业 SYB");
                Button save = _get(Button.class, spec -> spec.withText("保存"));

                view.contactPerson.setValue(" ");
                view.contactPhone.setValue("call me");
                view.address.setValue("不应保存的地址");
                _click(save);
                assertThat(view.contactPerson.isInvalid()).isTrue();
                assertThat(view.contactPerson.getErrorMessage()).isEqualTo("请填写联系人");
                assertThat(view.contactPhone.isInvalid()).isTrue();
                assertThat(institutions.own().orElseThrow().address()).isEqualTo(before.address());

                view.contactPerson.setValue("陈建华");
                view.contactPhone.clear();
                view.address.setValue("长沙市岳麓区麓山南路 328 号");
                view.capacity.setValue(2000);
                _click(save);
            });
            InstitutionProfile after = institutions.own().orElseThrow();
            assertThat(after.address()).isEqualTo("长沙市岳麓区麓山南路 328 号");
            assertThat(after.annualCapacity()).isEqualTo(2000);
            assertThat(after.contactPhone()).as("an empty phone keeps the number on record")
                    .isEqualTo(before.contactPhone());
            assertThat(after.updatedBy()).isEqualTo("admin1");
        } finally {
            institutions.update(tenant, new ProfileChange(before.contactPerson(), before.contactPhone(),
                    before.address(), before.annualCapacity(), before.description()));
        }
    }
}
