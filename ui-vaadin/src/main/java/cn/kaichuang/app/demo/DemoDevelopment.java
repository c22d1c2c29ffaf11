package cn.kaichuang.app.demo;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.institution.Institution;
import cn.kaichuang.institution.Institutions;
import cn.kaichuang.institution.ProfileChange;
import cn.kaichuang.lecturer.ActivityMode;
import cn.kaichuang.lecturer.DevelopmentActivities;
import cn.kaichuang.lecturer.LecturerPool;
import cn.kaichuang.lecturer.NewActivity;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The demo's institution profiles and lecturer development: a profile and approved course
 * types per institution, a past on-site activity with attendance and an upcoming online one.
 * Each step looks before it writes, like the rest of the seeder.
 */
@Component
class DemoDevelopment {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final List<String> CONTACTS = List.of("陈建华", "刘芳", "胡志勇");
    private static final List<String> PHONES = List.of("0731-84451230", "0731-22836615", "0731-58271094");
    private static final List<String> ADDRESSES = List.of("长沙市岳麓区麓山南路 326 号 星城创业大厦 3 楼",
            "株洲市天元区长江北路 18 号 天元创业孵化基地", "湘潭市岳塘区建设北路 99 号");
    private static final List<Integer> CAPACITIES = List.of(1800, 1200, 900);

    private final Institutions institutions;
    private final LecturerPool pool;
    private final DevelopmentActivities development;
    private final Lecturers lecturers;

    DemoDevelopment(Institutions institutions, LecturerPool pool, DevelopmentActivities development,
            Lecturers lecturers) {
        this.institutions = institutions;
        this.pool = pool;
        this.development = development;
        this.lecturers = lecturers;
    }

    void seed(LocalDate today) {
        for (int i = 0; i < DemoData.INSTITUTIONS.size(); i++) {
            DemoInstitution institution = DemoData.INSTITUTIONS.get(i);
            Institution current = institutions.find(institution.code()).orElseThrow();
            if (current.profile().updatedAt() != null) {
                continue;
            }
            Set<CourseType> taught = EnumSet.noneOf(CourseType.class);
            institution.lecturers().forEach(l -> taught.addAll(l.courseTypes()));
            institutions.approveCourseTypes(institution.code(), taught);
            institutions.update(institution.code(), new ProfileChange(CONTACTS.get(i), PHONES.get(i),
                    ADDRESSES.get(i), CAPACITIES.get(i), institution.name() + "，人社部门认定的创业培训定点机构。"));
        }
        // Lecturers registered before the pool existed get their copy here.
        pool.rebuild();
        if (!development.all().isEmpty()) {
            return;
        }
        long past = development.publish(new NewActivity("2026年湖南省 SYB 讲师能力提升研修班", ActivityMode.OFFLINE,
                at(today.minusDays(20), 9), at(today.minusDays(18), 17), "长沙市芙蓉区五一大道 766 号 湖南省人力资源市场 8 楼",
                40, "围绕创业计划书辅导与课堂互动技巧开展集中研修，结业计入讲师继续教育学时。"));
        long upcoming = development.publish(new NewActivity("网络创业培训讲师线上教研活动", ActivityMode.ONLINE,
                at(today.plusDays(10), 14), at(today.plusDays(10), 17), "https://meeting.kaichuang.example.cn/dev-2026-12",
                100, "线上教研：网络创业培训新版课程包解读与案例研讨。"));
        DemoInstitution first = DemoData.first();
        List<LecturerView> firstLecturers = TenantContext.call(first.code(), lecturers::all);
        for (LecturerView lecturer : firstLecturers) {
            development.register(past, first.code(), lecturer.id());
            development.recordAttendance(past, first.code(), lecturer.id(), true);
        }
        DemoInstitution third = DemoData.INSTITUTIONS.get(2);
        TenantCode thirdCode = third.code();
        TenantContext.call(thirdCode, lecturers::all).stream()
                .filter(l -> l.courseTypes().contains(CourseType.ONLINE))
                .forEach(l -> development.register(upcoming, thirdCode, l.id()));
    }

    private static java.time.Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), CHINA).toInstant();
    }
}
