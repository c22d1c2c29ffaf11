package cn.kaichuang.lecturer;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.DuplicateQualificationException;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.LecturerNotQualifiedException;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@PlatformTest
class LecturerPoolTest {

    private final LecturerPool pool;
    private final Lecturers lecturers;
    private final Cohorts cohorts;
    private final TenantProvisioning provisioning;
    private final TenantDirectory directory;
    private final AuditTrail audit;

    @Autowired
    LecturerPoolTest(LecturerPool pool, Lecturers lecturers, Cohorts cohorts, TenantProvisioning provisioning,
            TenantDirectory directory, AuditTrail audit) {
        this.pool = pool;
        this.lecturers = lecturers;
        this.cohorts = cohorts;
        this.provisioning = provisioning;
        this.directory = directory;
        this.audit = audit;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void registeringAndEditingMirrorsIntoThePoolWhichPrefecturesSeeForTheirRegionOnly() {
        TenantCode changsha = Tenants.ensure(provisioning, directory, "pool-cs");
        TenantCode zhuzhou = TenantCode.of("pool-zz");
        if (directory.find(zhuzhou).isEmpty()) {
            provisioning.create(zhuzhou, "株洲池测试", "430200");
        }
        LecturerId tan = TenantContext.call(changsha, () -> lecturers.register(
                new NewLecturer("谭池", "13800000000", "POOL-CS-1", Set.of(CourseType.SYB), null)));
        TenantContext.call(zhuzhou, () -> lecturers.register(
                new NewLecturer("易池", null, "POOL-ZZ-1", Set.of(CourseType.GYB), null)));

        Caller province = caller("prov", Role.PROVINCE_ADMIN, null, "430000");
        Caller changshaPrefecture = caller("cs-pref", Role.PREFECTURE_ADMIN, null, "430100");
        assertThat(as(province, () -> pool.visible("池", null))).extracting(PoolEntry::name)
                .containsExactlyInAnyOrder("谭池", "易池");
        assertThat(as(changshaPrefecture, () -> pool.visible("池", null))).extracting(PoolEntry::name)
                .containsExactly("谭池");
        assertThat(as(province, () -> pool.visible("POOL-", CourseType.GYB))).extracting(PoolEntry::name)
                .containsExactly("易池");

        TenantContext.call(changsha, () -> lecturers.update(tan,
                new NewLecturer("谭池新", null, "POOL-CS-1", Set.of(CourseType.SYB, CourseType.GYB), null)));
        assertThat(as(province, () -> pool.visible("POOL-CS-1", CourseType.GYB))).singleElement()
                .satisfies(e -> {
                    assertThat(e.name()).isEqualTo("谭池新");
                    assertThat(e.institutionName()).isEqualTo("测试机构 pool-cs");
                });
    }

    @Test
    void theQualificationNumberIsUniqueInTheInstitutionAndAFailedChangeIsNotMirrored() {
        TenantCode tenant = Tenants.ensure(provisioning, directory, "pool-dup");
        TenantContext.call(tenant, () -> lecturers.register(
                new NewLecturer("甲", null, "DUP-1", Set.of(CourseType.SYB), null)));

        assertThatThrownBy(() -> TenantContext.call(tenant, () -> lecturers.register(
                new NewLecturer("乙", null, " DUP-1 ", Set.of(CourseType.SYB), null))))
                .isInstanceOf(DuplicateQualificationException.class);
        assertThatThrownBy(() -> new NewLecturer("乙", null, " ", Set.of(), null))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(TenantContext.call(tenant, lecturers::all)).extracting(l -> l.name()).containsExactly("甲");
        assertThat(pool.visible("DUP-1", null)).extracting(PoolEntry::name).containsExactly("甲");
    }

    @Test
    void aLecturerLeadsOnlyCohortsOfCourseTypesTheyMayTeach() {
        TenantCode tenant = Tenants.ensure(provisioning, directory, "pool-lead");
        LecturerId gybOnly = TenantContext.call(tenant, () -> lecturers.register(
                new NewLecturer("丙", null, "LEAD-1", Set.of(CourseType.GYB), null)));
        Venue venue = new Venue("长沙市 1 号", 28.19, 112.98);

        assertThatThrownBy(() -> TenantContext.call(tenant, () -> cohorts.create(new NewCohort("SYB 班", CourseType.SYB,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), venue, 30, gybOnly))))
                .isInstanceOf(LecturerNotQualifiedException.class);
        TenantContext.call(tenant, () -> cohorts.create(new NewCohort("GYB 班", CourseType.GYB,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), venue, 30, gybOnly)));
        assertThat(TenantContext.call(tenant, cohorts::all)).extracting(c -> c.name()).containsExactly("GYB 班");
    }

    @Test
    void traineesDoNotSeeThePoolAndTheAttemptIsRecorded() {
        long before = audit.recent(null, "", 1).stream().mapToLong(AuditEntry::seq).max().orElse(0);
        Caller trainee = caller("pool-trainee", Role.TRAINEE, "pool-cs", null);

        assertThat(as(trainee, () -> pool.visible("", null))).isEmpty();

        SecurityContextHolder.clearContext();
        List<AuditEntry> refusals = audit.recent(null, "access.refused", 50).stream()
                .filter(e -> e.seq() > before).toList();
        assertThat(refusals).extracting(AuditEntry::actor).contains("pool-trainee");
    }
}
