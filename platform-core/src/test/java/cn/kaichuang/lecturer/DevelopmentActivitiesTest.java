package cn.kaichuang.lecturer;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@PlatformTest
class DevelopmentActivitiesTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Instant START = Instant.parse("2026-12-10T01:00:00Z");

    private final DevelopmentActivities activities;
    private final Lecturers lecturers;
    private final TenantProvisioning provisioning;
    private final TenantDirectory directory;
    private final AuditTrail audit;

    @Autowired
    DevelopmentActivitiesTest(DevelopmentActivities activities, Lecturers lecturers, TenantProvisioning provisioning,
            TenantDirectory directory, AuditTrail audit) {
        this.activities = activities;
        this.lecturers = lecturers;
        this.provisioning = provisioning;
        this.directory = directory;
        this.audit = audit;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void capacityIsEnforcedAndTheProvinceRecordsAttendanceIntoTheLecturersRecord() {
        TenantCode tenant = Tenants.ensure(provisioning, directory, "dev-a");
        LecturerId one = lecturer(tenant, "甲", null);
        LecturerId two = lecturer(tenant, "乙", null);
        LecturerId three = lecturer(tenant, "丙", null);
        Caller province = caller("prov", Role.PROVINCE_ADMIN, null, "430000");
        Caller admin = caller("dev-a-admin", Role.INSTITUTION_ADMIN, tenant.value(), null);
        long id = as(province, () -> activities.publish(offline("SYB 讲师研修", 2)));

        as(admin, () -> {
            activities.register(id, tenant, one);
            activities.register(id, tenant, two);
            activities.register(id, tenant, two);
            return null;
        });
        assertThatThrownBy(() -> as(admin, () -> {
            activities.register(id, tenant, three);
            return null;
        })).isInstanceOf(ActivityFullException.class);
        assertThat(as(province, () -> activities.find(id))).hasValueSatisfying(a -> {
            assertThat(a.registered()).isEqualTo(2);
            assertThat(a.full()).isTrue();
        });

        assertThatThrownBy(() -> as(admin, () -> {
            activities.recordAttendance(id, tenant, one, true);
            return null;
        })).isInstanceOf(AccessRefusedException.class);
        as(province, () -> {
            activities.recordAttendance(id, tenant, one, true);
            activities.recordAttendance(id, tenant, two, false);
            return null;
        });

        List<DevelopmentRecord> record = as(admin, () -> activities.recordOf(tenant, one));
        assertThat(record).singleElement().satisfies(r -> {
            assertThat(r.activity().title()).isEqualTo("SYB 讲师研修");
            assertThat(r.attended()).isTrue();
        });
        Caller prefecture = caller("cs-pref", Role.PREFECTURE_ADMIN, null, "430100");
        assertThat(as(prefecture, () -> activities.recordOf(tenant, two))).singleElement()
                .extracting(DevelopmentRecord::attended).isEqualTo(false);
        assertThat(as(province, () -> activities.find(id))).map(Activity::attended).contains(1);
    }

    @Test
    void anotherInstitutionsLecturerIsNotFoundAndTheAttemptRecorded() {
        TenantCode a = Tenants.ensure(provisioning, directory, "dev-a");
        TenantCode b = Tenants.ensure(provisioning, directory, "dev-b");
        LecturerId ofB = lecturer(b, "丁", null);
        Caller province = caller("prov", Role.PROVINCE_ADMIN, null, "430000");
        Caller adminOfA = caller("dev-a-admin", Role.INSTITUTION_ADMIN, a.value(), null);
        long id = as(province, () -> activities.publish(offline("跨机构", 5)));
        long before = lastSeq();

        assertThatThrownBy(() -> as(adminOfA, () -> {
            activities.register(id, b, ofB);
            return null;
        })).isInstanceOf(NoSuchElementException.class);
        assertThat(as(adminOfA, () -> activities.recordOf(b, ofB))).isEmpty();

        assertThat(as(province, () -> activities.registrations(id))).isEmpty();
        assertThat(refusalsSince(before)).extracting(AuditEntry::subjectId)
                .contains("-/dev-b/" + ofB.value());
    }

    @Test
    void aLecturerRegistersThemselfButNotAColleague() {
        TenantCode tenant = Tenants.ensure(provisioning, directory, "dev-self");
        LecturerId self = lecturer(tenant, "戊", "dev-self-lecturer");
        LecturerId colleague = lecturer(tenant, "己", null);
        Caller province = caller("prov", Role.PROVINCE_ADMIN, null, "430000");
        Caller lecturer = caller("dev-self-lecturer", Role.LECTURER, tenant.value(), null);
        long id = as(province, () -> activities.publish(new NewActivity("线上研修", ActivityMode.ONLINE, START,
                START.plusSeconds(7200), "https://meeting.example.cn/123", 10, "")));

        as(lecturer, () -> {
            activities.register(id, tenant, self);
            return null;
        });
        assertThatThrownBy(() -> as(lecturer, () -> {
            activities.register(id, tenant, colleague);
            return null;
        })).isInstanceOf(NoSuchElementException.class);

        assertThat(as(province, () -> activities.registrations(id))).extracting(Registration::lecturerName)
                .containsExactly("戊");
    }

    @Test
    void badActivitiesAreRejectedAndOnlyTheProvincePublishes() {
        assertThatThrownBy(() -> new NewActivity("x", ActivityMode.ONLINE, START, START.plusSeconds(60), "会议室", 5, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewActivity("x", ActivityMode.OFFLINE, START, START, "会议室", 5, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewActivity("x", ActivityMode.OFFLINE, START, START.plusSeconds(60), "会议室", 0,
                "")).isInstanceOf(IllegalArgumentException.class);
        Caller prefecture = caller("cs-pref", Role.PREFECTURE_ADMIN, null, "430100");
        assertThatThrownBy(() -> as(prefecture, () -> activities.publish(offline("不许", 5))))
                .isInstanceOf(AccessRefusedException.class);
    }

    private NewActivity offline(String title, int capacity) {
        return new NewActivity(title, ActivityMode.OFFLINE, START, START.plusSeconds(3 * 3600),
                "长沙市芙蓉区 湖南省人社厅培训中心", capacity, "");
    }

    private LecturerId lecturer(TenantCode tenant, String name, String username) {
        return TenantContext.call(tenant, () -> lecturers.register(new NewLecturer(name, null,
                "DEV-" + SEQ.incrementAndGet() + "-" + System.nanoTime(), Set.of(CourseType.SYB), username)));
    }

    private long lastSeq() {
        return audit.recent(null, "", 1).stream().mapToLong(AuditEntry::seq).max().orElse(0);
    }

    private List<AuditEntry> refusalsSince(long seq) {
        return audit.recent(null, "access.refused", 200).stream().filter(e -> e.seq() > seq).toList();
    }
}
