package cn.kaichuang.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class StatisticsSnapshotsTest {

    private final StatisticsSnapshots snapshots;
    private final TenantProvisioning provisioning;
    private final TenantDirectory directory;
    private final Lecturers lecturers;
    private final JdbcClient jdbc;

    @Autowired
    StatisticsSnapshotsTest(StatisticsSnapshots snapshots, TenantProvisioning provisioning, TenantDirectory directory,
            Lecturers lecturers, JdbcClient jdbc) {
        this.snapshots = snapshots;
        this.provisioning = provisioning;
        this.directory = directory;
        this.lecturers = lecturers;
        this.jdbc = jdbc;
    }

    @Test
    void snapshotsCountEachTenantAndOneBrokenTenantDoesNotStopTheOthers() {
        TenantCode good = Tenants.ensure(provisioning, directory, "stats-good");
        TenantCode broken = Tenants.ensure(provisioning, directory, "stats-broken");
        TenantCode suspended = Tenants.ensure(provisioning, directory, "stats-off");
        provisioning.suspend(suspended);
        TenantContext.run(good, () -> {
            lecturers.register(new NewLecturer("甲", null, "Q1", Set.of(CourseType.GYB), null));
            lecturers.register(new NewLecturer("乙", null, "Q2", Set.of(CourseType.SYB), null));
        });
        jdbc.sql("drop table t_stats_broken.enrolment").update();

        SnapshotRun run = snapshots.refreshAll();

        // Other tests share this database and add tenants of their own: look at ours only.
        assertThat(run.failed()).contains(broken).doesNotContain(good, suspended);
        assertThat(run.refreshed()).isPositive();
        Map<TenantCode, TenantStatistics> latest = snapshots.latest().stream()
                .collect(Collectors.toMap(TenantStatistics::tenant, s -> s));
        assertThat(latest).containsKey(good).doesNotContainKeys(broken, suspended);
        assertThat(latest.get(good).lecturers()).isEqualTo(2);
        assertThat(latest.get(good).cohorts()).isZero();
    }
}
