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
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTest {

    private static final String[] ADMIN_AREAS = {"机构与班期", "教学与学习", "考核评价", "跟踪服务", "系统与安全", "个人"};

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
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly(
                "Institutions", "Dashboard", "All cohorts", "Certificate search", "Approvals", "People",
                "Lecturer pool", "Review overview", "Lecturer development", "Completion rules", "Attendance",
                "Courseware", "Evaluations", "Assessment instrument", "Question bank", "Expert pool",
                "Policies", "Events", "Premium courses", "Mentors", "Live sessions", "Business services",
                "Outcomes", "Model trainees", "Audit log", "Access control", "Operations", "To-dos",
                "Notifications");
        assertThat(text("kc-role")).isEqualTo("Province administrator");
    }

    @Test
    void aLongMenuIsGroupedIntoCollapsibleAreas() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> UI.getCurrent().navigate(CohortsView.class));

        List<SideNav> areas = _find(SideNav.class);
        assertThat(areas).extracting(SideNav::getLabel).containsExactly(ADMIN_AREAS);
        assertThat(areas).allSatisfy(area -> assertThat(area.isCollapsible()).isTrue());
        assertThat(areas.get(List.of(ADMIN_AREAS).indexOf("考核评价")).getItems()).extracting(SideNavItem::getLabel)
                .contains("题库", "组卷", "考试安排");
    }

    @Test
    void aShortMenuIsOnePlainList() {
        login("expert1");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNav.class)).singleElement().satisfies(plain -> {
            assertThat(plain.getLabel()).isNull();
            assertThat(plain.isCollapsible()).isFalse();
        });
    }

    private static String text(String className) {
        return _get(Span.class, spec -> spec.withClasses(className)).getText();
    }
}
