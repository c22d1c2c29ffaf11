package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.app.ui.home.WorkbenchView;
import cn.kaichuang.app.ui.institution.CohortsView;
import cn.kaichuang.app.ui.province.InstitutionsView;
import cn.kaichuang.app.ui.trainee.MyLearningView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each demo role, once logged in, lands on its home and sees its menu and nobody else's. */
class MenuTest extends KaribuTest {

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("province", InstitutionsView.class, List.of(
                        "机构总览", "统计看板", "全省班期", "证书查询", "开班审批", "人员查询", "讲师库",
                        "评审总览", "讲师研修", "结业条件", "考勤总览", "课件", "评价统计", "测评量表", "题库",
                        "评审专家库", "政策发布", "活动", "精品课程", "导师", "直播", "创业服务",
                        "就业创业成效", "典型学员", "审计日志", "访问控制", "运行统计", "待办", "消息通知")),
                Arguments.of("changsha", InstitutionsView.class, List.of(
                        "机构总览", "统计看板", "全省班期", "证书查询", "开班审批", "人员查询", "讲师库",
                        "讲师研修", "考勤总览", "评价统计", "政策发布", "活动", "精品课程", "导师", "直播",
                        "创业服务", "就业创业成效", "典型学员", "待办", "消息通知")),
                Arguments.of("admin1", CohortsView.class, List.of(
                        "班期", "学员", "讲师管理", "讲师研修", "机构信息", "证书发放", "考勤总览", "签到台",
                        "课件", "教学任务", "教学资源", "学习统计", "评价统计", "题库", "组卷", "计划书提交",
                        "评审结果", "考核统计", "考试安排", "回访管理", "就业创业成效", "典型学员", "审计日志",
                        "访问控制", "待办", "消息通知")),
                Arguments.of("lecturer1", CohortsView.class, List.of(
                        "班期", "学员", "讲师研修", "考勤总览", "签到台", "课件", "教学任务", "教学资源",
                        "学习统计", "评价统计", "组卷", "计划书提交", "评审结果", "考核统计", "考试安排",
                        "典型学员", "待办", "消息通知")),
                Arguments.of("expert1", WorkbenchView.class, List.of(
                        "工作台", "方案评审", "典型学员", "待办", "消息通知")),
                Arguments.of("mentor1", WorkbenchView.class, List.of(
                        "工作台", "咨询", "典型学员", "待办", "消息通知")),
                Arguments.of("trainee1", MyLearningView.class, List.of(
                        "我的学习", "我的考勤", "我的任务", "学习资源", "评价", "创业能力测评", "我的创业计划",
                        "我的考试", "创业服务", "典型学员", "我的回访", "待办", "消息通知")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void eachRoleSeesItsOwnMenu(String username, Class<? extends Component> home, List<String> menu) {
        Caller user = login(username);
        Runnable open = () -> UI.getCurrent().navigate("");
        if (user.tenantCode().isPresent()) {
            asTenantOf(user, open);
        } else {
            open.run();
        }

        _get(home);
        _get(MainLayout.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactlyElementsOf(menu);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void noRoleReachesAnotherRolesHomeByUrl(String username, Class<? extends Component> home, List<String> menu) {
        Caller user = login(username);
        List<Class<? extends Component>> others = Stream.of(InstitutionsView.class, CohortsView.class,
                WorkbenchView.class, MyLearningView.class).filter(view -> !view.equals(home))
                .<Class<? extends Component>>map(view -> view).toList();
        for (Class<? extends Component> other : others) {
            Runnable open = () -> UI.getCurrent().navigate(other);
            assertThatThrownBy(() -> {
                if (user.tenantCode().isPresent()) {
                    asTenantOf(user, open);
                } else {
                    open.run();
                }
            }).as("%s opening %s", username, other.getSimpleName()).hasMessageContaining("denied");
        }
    }
}
