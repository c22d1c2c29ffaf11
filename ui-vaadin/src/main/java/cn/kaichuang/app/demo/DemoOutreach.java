package cn.kaichuang.app.demo;

import static cn.kaichuang.app.demo.DemoSignIn.as;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.courseware.CoursewareCatalogue;
import cn.kaichuang.courseware.CoursewareId;
import cn.kaichuang.courseware.CoursewareItem;
import cn.kaichuang.courseware.CoursewareQuery;
import cn.kaichuang.courseware.CoursewareStatus;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.outreach.Events;
import cn.kaichuang.outreach.LiveSessions;
import cn.kaichuang.outreach.Mentoring;
import cn.kaichuang.outreach.Policies;
import cn.kaichuang.outreach.PremiumCourses;
import cn.kaichuang.outreach.ServiceResources;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The follow-up services of the demo: two policies, an event with one place left, a premium
 * course from the demo courseware, {@code mentor1}'s profile and slots, one live session and
 * three service resources. Looks before it writes, like the rest of the demo.
 */
@Component
class DemoOutreach {

    static final String EVENT = "大学生创业项目路演沙龙";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Policies policies;
    private final Events events;
    private final PremiumCourses courses;
    private final Mentoring mentoring;
    private final LiveSessions live;
    private final ServiceResources services;
    private final CoursewareCatalogue courseware;
    private final Clock clock;

    DemoOutreach(Policies policies, Events events, PremiumCourses courses, Mentoring mentoring, LiveSessions live,
            ServiceResources services, CoursewareCatalogue courseware, Optional<Clock> clock) {
        this.policies = policies;
        this.events = events;
        this.courses = courses;
        this.mentoring = mentoring;
        this.live = live;
        this.services = services;
        this.courseware = courseware;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    void seed() {
        if (policies.browse(null, null).isEmpty()) {
            policies.publish(new Policies.NewPolicy("湖南省创业担保贷款政策（2026 年版）", """
                    ## 申请对象
                    - 登记失业人员、高校毕业生、返乡创业农民工等重点群体
                    - 参加过 **SYB / GYB** 创业培训并取得合格证书者优先

                    ## 贷款额度
                    个人最高 **30 万元**，小微企业最高 **400 万元**，期限不超过 3 年，财政按规定贴息。

                    ## 办理流程
                    1. 在“创业服务”中提交申请
                    2. 人社部门审核资格
                    3. 经办银行放款
                    """, List.of("贷款", "贴息"), Set.of(), Set.of()));
            policies.publish(new Policies.NewPolicy("长沙市一次性创业补贴申领指南", """
                    在长沙市首次创办小微企业或从事个体经营、正常经营 6 个月以上的 **SYB 结业学员**，
                    可申领一次性创业补贴 **5000 元**。

                    所需材料：身份证、营业执照、SYB 结业证书。详见[长沙市人社局](https://rsj.changsha.gov.cn)。
                    """, List.of("补贴"), Set.of("430100"), Set.of(CourseType.SYB)));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        if (events.all().stream().noneMatch(e -> e.title().equals(EVENT))) {
            Instant starts = today.plusDays(10).atTime(14, 0).atZone(CHINA).toInstant();
            long id = events.create(new Events.NewEvent(EVENT, "优秀学员路演、投资人点评、创业导师现场答疑。",
                    "长沙市岳麓区麓谷创业孵化基地 2 楼路演厅", starts, starts.plus(Duration.ofHours(3)), 3));
            // Two of three places taken: a trainee who registers takes the last, the next one waits.
            as(trainee("demo-event-1", "王思远"), () -> events.register(id));
            as(trainee("demo-event-2", "李婉婷"), () -> events.register(id));
        }
        if (courseware.count(new CoursewareQuery("", null, CoursewareStatus.PUBLISHED)) > 0
                && courses.catalogue().isEmpty()) {
            List<CoursewareId> items = courseware.search(new CoursewareQuery("", null, CoursewareStatus.PUBLISHED), 0, 3)
                    .stream().map(CoursewareItem::id).toList();
            courses.create("创业基础精品课", "结业后也可随时学习：创业意识、市场评估、财务计划。", items);
        }
        if (mentoring.mentors().stream().noneMatch(m -> m.username().equals("mentor1"))) {
            mentoring.register("mentor1", DemoData.first().code().value(), "曾凡荣", "餐饮零售、融资贷款、商业计划书",
                    "从事创业服务十二年，辅导过 300 多个小微企业项目。");
            for (int day = 1; day <= 2; day++) {
                for (int hour : new int[] {10, 15}) {
                    Instant at = today.plusDays(day).atTime(hour, 0).atZone(CHINA).toInstant();
                    mentoring.offerFor("mentor1", at, at.plus(Duration.ofHours(1)));
                }
            }
        }
        if (live.all().isEmpty()) {
            Instant starts = now.minus(Duration.ofMinutes(10));
            live.schedule("创业扶持政策直播解读", "人社厅专家解读 2026 年创业担保贷款与补贴政策，欢迎在线提问。",
                    "https://live.kaichuang.example/policy/2026/index.m3u8", starts, starts.plus(Duration.ofHours(3)));
        }
        if (services.directory().isEmpty()) {
            services.add("创业担保贷款", "湖南省创业担保贷款", "个人最高 30 万元，财政贴息；提交需求后由人社部门联系您。",
                    "0731-12333");
            services.add("孵化基地", "长沙市大学生创业孵化基地", "免费入驻 1–3 年，提供工商注册、财税代理与导师辅导。",
                    "0731-88880001");
            services.add("创业场地", "湘江新区创业园共享工位", "共享工位与小型办公室，前 6 个月租金减半。",
                    "0731-88880002");
        }
    }

    private static Caller trainee(String username, String name) {
        return new Caller(username, name, Role.TRAINEE, DemoData.first().code().value(), null);
    }
}
