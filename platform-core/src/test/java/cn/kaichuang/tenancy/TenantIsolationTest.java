package cn.kaichuang.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** PostgreSQL itself keeps institutions apart, also under concurrency on a small pool. */
@PlatformTest
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=4")
class TenantIsolationTest {

    private final TenantProvisioning provisioning;
    private final TenantDirectory directory;
    private final Lecturers lecturers;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;

    @Autowired
    TenantIsolationTest(TenantProvisioning provisioning, TenantDirectory directory, Lecturers lecturers,
            EntityManager entityManager, TransactionTemplate transactions, DataSource dataSource) {
        this.provisioning = provisioning;
        this.directory = directory;
        this.lecturers = lecturers;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    @Test
    void anotherTenantsTableIsRefusedByPostgresql() {
        TenantCode alpha = Tenants.ensure(provisioning, directory, "alpha");
        Tenants.ensure(provisioning, directory, "beta");

        assertThat(TenantContext.call(alpha, () -> nativeCount("select count(*) from lecturer"))).isZero();
        assertThatThrownBy(() -> TenantContext.call(alpha, () -> nativeCount("select count(*) from t_beta.lecturer")))
                .hasStackTraceContaining("permission denied for schema t_beta");
    }

    @Test
    void withoutATenantNoDataIsReachable() {
        assertThatThrownBy(() -> nativeCount("select count(*) from lecturer"))
                .hasStackTraceContaining("No institution selected");
    }

    @Test
    void tenThousandInterleavedOperationsAcrossTwentyTenantsNeverSeeAnotherTenantsRow() throws Exception {
        List<TenantCode> tenants = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tenants.add(Tenants.ensure(provisioning, directory, "iso" + i));
        }
        AtomicInteger writes = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> work = new ArrayList<>();
            for (int worker = 0; worker < 8; worker++) {
                work.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int op = 0; op < 1250; op++) {
                        TenantCode tenant = tenants.get(random.nextInt(tenants.size()));
                        if (random.nextBoolean()) {
                            TenantContext.run(tenant, () -> lecturers.register(
                                    new NewLecturer(tenant.value() + "#" + random.nextInt(), null, "Q-" + UUID.randomUUID(), Set.of(), null)));
                            writes.incrementAndGet();
                        } else {
                            List<?> owners = TenantContext.call(tenant, () -> transactions.execute(s -> entityManager
                                    .createNativeQuery("select distinct split_part(name, '#', 1) from lecturer")
                                    .getResultList()));
                            owners.stream().filter(o -> !tenant.value().equals(o))
                                    .forEach(o -> violations.add(tenant + " saw " + o));
                            reads.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        assertThat(violations).isEmpty();
        assertThat(writes.get() + reads.get()).isEqualTo(10_000);
        assertThat(writes.get()).isGreaterThan(4000);
        assertEveryPooledConnectionIsReset();
    }

    private void assertEveryPooledConnectionIsReset() throws Exception {
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Connection c = dataSource.getConnection();
                borrowed.add(c);
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select current_user = session_user, current_setting('search_path')")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).as("role reset").isTrue();
                    assertThat(rs.getString(2)).as("search_path reset").doesNotContain("t_");
                }
            }
        } finally {
            for (Connection c : borrowed) {
                c.close();
            }
        }
    }

    private long nativeCount(String sql) {
        return transactions.execute(s -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
