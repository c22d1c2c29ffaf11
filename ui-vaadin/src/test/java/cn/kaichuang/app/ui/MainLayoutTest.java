package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.app.ui.institution.CohortsView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTest {

    @Test
    void headerNamesTheInstitutionAndTheRoleInChinese() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> UI.getCurrent().navigate(CohortsView.class));

        assertThat(text("kc-organisation")).isEqualTo("长沙市星城创业职业培训学校");
        assertThat(text("kc-role")).isEqualTo("机构管理员");
    }

    @Test
    void headerNamesThePrefectureAuthority() {
        login("changsha");
        UI.getCurrent().navigate("");

        assertThat(text("kc-organisation")).isEqualTo("长沙市主管部门");
        assertThat(text("kc-role")).isEqualTo("市州管理员");
    }

    @Test
    void switchingToEnglishLastsForTheSession() {
        login("province");
        UI.getCurrent().navigate("");
        ButtonKt._click(_get(Button.class, spec -> spec.withText("English")));

        assertThat(LocalePreference.of(UI.getCurrent().getSession())).isEqualTo(LocalePreference.ENGLISH);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Institutions",
                "Dashboard", "All cohorts", "Certificate search", "Approvals", "People", "Lecturer pool",
                "Lecturer development", "Attendance", "Completion rules", "Courseware", "Question bank", "Audit log",
                "Access control", "Operations", "To-dos", "Notifications", "Evaluations", "Assessment instrument");
        assertThat(text("kc-role")).isEqualTo("Province administrator");
    }

    private static String text(String className) {
        return _get(Span.class, spec -> spec.withClasses(className)).getText();
    }
}
