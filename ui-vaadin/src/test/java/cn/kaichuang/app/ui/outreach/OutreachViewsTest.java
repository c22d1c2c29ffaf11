package cn.kaichuang.app.ui.outreach;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.outreach.Events;
import cn.kaichuang.outreach.LiveSessions;
import cn.kaichuang.outreach.Mentoring;
import cn.kaichuang.outreach.Policies;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 创业服务 as trainee1 (hub, policy, live), as mentor1 (咨询) and as the province (政策发布, 活动). */
class OutreachViewsTest extends KaribuTest {

    @Autowired
    Policies policies;

    @Autowired
    Events events;

    @Autowired
    Mentoring mentoring;

    @Autowired
    LiveSessions live;

    @Test
    void theTraineeSeesTheirPoliciesRegistersAndReads() {
        login("province");
        String title = "路演日 " + UUID.randomUUID().toString().substring(0, 8);
        Instant starts = Instant.now().plus(Duration.ofDays(5));
        long event = events.create(new Events.NewEvent(title, "", "长沙", starts, starts.plus(Duration.ofHours(2)), 1));

        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> {
            UI.getCurrent().navigate(ServicesHubView.class);
            ServicesHubView hub = _get(ServicesHubView.class);
            assertThat(titles(hub.policyList)).contains("湖南省创业担保贷款政策（2026 年版）", "长沙市一次性创业补贴申领指南");
            hub.policyTag.setValue("补贴");
            assertThat(titles(hub.policyList)).contains("长沙市一次性创业补贴申领指南")
                    .doesNotContain("湖南省创业担保贷款政策（2026 年版）");
            assertThat(titles(hub.mentorList)).contains("曾凡荣");
            assertThat(titles(hub.serviceList)).contains("湖南省创业担保贷款", "长沙市大学生创业孵化基地", "湘江新区创业园共享工位");

            hub.tabs.setSelectedIndex(1);
            Component card = cardTitled(hub.eventList, title);
            _click(_get(card, Button.class, spec -> spec.withText("报名")));
            NotificationsKt.expectNotifications("已报名“" + title + "”");
            assertThat(_find(cardTitled(hub.eventList, title), Button.class, spec -> spec.withText("取消报名"))).hasSize(1);

            long policy = policies.browse("创业担保贷款政策", null).getFirst().id();
            UI.getCurrent().navigate(PolicyView.class, policy);
            String html = _get(_get(PolicyView.class), Html.class).getInnerHtml();
            assertThat(html).contains("<strong>30 万元</strong>", "<li>");
        });
        assertThat(events.mine()).extracting(Events.Registration::eventId).contains(event);
        login("province");
        assertThat(policies.readers(policies.browse("创业担保贷款政策", null).getFirst().id()))
                .contains("changsha-xingcheng/trainee1");
        assertThat(events.registrations(event)).singleElement()
                .satisfies(r -> assertThat(r.username()).isEqualTo("trainee1"));
    }

    @Test
    void aQuestionToTheMentorIsAnsweredInConsultation() {
        String text = "奶茶店开在学校门口合适吗？" + UUID.randomUUID().toString().substring(0, 6);
        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> {
            UI.getCurrent().navigate(ServicesHubView.class);
            ServicesHubView hub = _get(ServicesHubView.class);
            Mentoring.Mentor mentor = mentoring.mentors().stream().filter(m -> m.username().equals("mentor1"))
                    .findFirst().orElseThrow();
            hub.tabs.setSelectedIndex(3);
            FormDialog ask = hub.askDialog(mentor);
            ask.open();
            _click(ask.confirm);
            NotificationsKt.expectNotifications("请填写问题（不超过 2000 字）");
            _get(ask, TextArea.class).setValue(text);
            _click(ask.confirm);
            NotificationsKt.expectNotifications("问题已发送给 曾凡荣");
            assertThat(titles(hub.mentorList)).contains(text);
        });

        Caller mentor = login("mentor1");
        asTenantOf(mentor, () -> {
            UI.getCurrent().navigate(ConsultationView.class);
            ConsultationView view = _get(ConsultationView.class);
            Component card = cardTitled(view.questions, text);
            _get(card, TextArea.class).setValue("可以，先做一周人流量统计。");
            _click(_get(card, Button.class, spec -> spec.withText("发送回答")));
            NotificationsKt.expectNotifications("已回答");
        });
        login("trainee1");
        asTenantOf(trainee, () -> assertThat(mentoring.myQuestions()).filteredOn(q -> q.question().equals(text))
                .singleElement().satisfies(q -> assertThat(q.answer()).isEqualTo("可以，先做一周人流量统计。")));
    }

    @Test
    void theLiveSessionPlaysInThePageAndCountsTheTrainee() {
        login("province");
        LiveSessions.Live session = live.all().stream().filter(l -> l.title().equals("创业扶持政策直播解读"))
                .findFirst().orElseThrow();
        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> {
            UI.getCurrent().navigate(LiveView.class, session.id());
            LiveView view = _get(LiveView.class);
            assertThat(view.video.getAttribute("src")).isEqualTo(session.streamUrl());
        });
        login("province");
        assertThat(live.attendance(session.id())).extracting(LiveSessions.Attendee::username).contains("trainee1");
    }

    @Test
    void theProvincePublishesAPolicyWithASanitizedPreview() {
        login("province");
        UI.getCurrent().navigate(PolicyAdminView.class);
        PolicyAdminView view = _get(PolicyAdminView.class);
        int before = GridKt._size(view.grid);
        FormDialog dialog = view.publishDialog();
        dialog.open();
        String title = "返乡创业补贴 " + UUID.randomUUID().toString().substring(0, 6);
        _get(dialog, TextField.class, spec -> spec.withLabel("标题")).setValue(title);
        _get(dialog, TextArea.class).setValue("**补贴** <script>alert(1)</script>");
        String preview = _get(dialog, Html.class).getInnerHtml();
        assertThat(preview).contains("<strong>补贴</strong>", "&lt;script&gt;").doesNotContain("<script>");
        _click(dialog.confirm);
        NotificationsKt.expectNotifications("已发布政策“" + title + "”");
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);

        UI.getCurrent().navigate(EventAdminView.class);
        EventAdminView events = _get(EventAdminView.class);
        assertThat(GridKt._size(events.grid)).isPositive();
        UI.getCurrent().navigate(MentorAdminView.class);
        assertThat(GridKt._size(_get(MentorAdminView.class).grid)).isPositive();
    }

    private static java.util.List<String> titles(Component list) {
        return _find(list, H4.class).stream().map(H4::getText).toList();
    }

    private static Component cardTitled(Component list, String title) {
        return _find(list, H4.class).stream().filter(h -> h.getText().equals(title)).findFirst()
                .flatMap(Component::getParent).orElseThrow(() -> new AssertionError("No card " + title));
    }
}
