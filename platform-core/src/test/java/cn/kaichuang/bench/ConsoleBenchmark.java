package cn.kaichuang.bench;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.CertificateFilter;
import cn.kaichuang.supervision.CohortFilter;
import cn.kaichuang.supervision.ConsoleMetric;
import cn.kaichuang.supervision.ConsoleSnapshots;
import cn.kaichuang.supervision.Dashboard;
import cn.kaichuang.supervision.SnapshotRun;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.CoreTestApplication;
import cn.kaichuang.testsupport.SignedIn;
import cn.kaichuang.testsupport.TestDatabase;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Provincial console at scale (issue 4 item 9): N institutions (default 1,000) with M trainees
 * each (default 1,000: a million in all), one enrolment per trainee, ten cohorts and 50
 * certificates per institution. Times the snapshot refresh, the dashboard read (p50/p95/p99
 * over 300 calls, province and prefecture), the cross-institution lists, a live drill-down, and
 * for comparison one naive UNION ALL over every schema. Prints figures; asserts nothing.
 * One institution is provisioned with Liquibase; the others copy its tables ({@code LIKE ...
 * INCLUDING ALL}) with a role and schema of their own, as provisioning makes them, because a
 * thousand Liquibase runs would time the provisioning rather than the console. Drops its database
 * and roles at the end.
 *   args: [institutions] [trainees per institution] [snapshot parallelism]
 */
public final class ConsoleBenchmark {

    private static final String[] PREFECTURES = {"430100", "430200", "430300", "430400", "430500", "430600",
        "430700", "430800", "430900", "431000", "431100", "431200", "431300", "433100"};
    private static final String[] STATUSES = {"DRAFT", "SUBMITTED", "APPROVED", "RUNNING", "COMPLETED",
        "COMPLETED", "COMPLETED", "ARCHIVED", "COMPLETED", "RUNNING"};
    private static final String[] TYPES = {"GYB", "SYB", "SYB", "IYB", "EYB", "ONLINE", "SYB", "GYB", "SYB", "IYB"};
    private static final Caller PROVINCE = SignedIn.caller("bench-province", Role.PROVINCE_ADMIN, null, "430000");
    private static final Caller CHANGSHA = SignedIn.caller("bench-changsha", Role.PREFECTURE_ADMIN, null, "430100");

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int institutions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int trainees = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        TestDatabase server = TestDatabase.server();
        TestDatabase.Database db = server.newDatabase();
        System.out.printf("Database: %s (%s)%n", db.url(), server.kind());
        Map<String, Object> properties = new HashMap<>(TestDatabaseInitializer.TEST_KEYS);
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.user());
        properties.put("spring.datasource.password", db.password());
        properties.put("kaichuang.tenancy.role-prefix", db.rolePrefix());
        properties.put("kaichuang.tenancy.migrate-on-start", "false");
        properties.put("kaichuang.console.parallelism", String.valueOf(parallelism));
        properties.put("logging.level.root", "WARN");
        List<String> roles = new ArrayList<>();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(c -> c.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("bench", properties)))
                .run()) {
            DataSource dataSource = context.getBean(DataSource.class);
            long t0 = System.nanoTime();
            TenantCode template = TenantCode.of("bench-0000");
            context.getBean(TenantProvisioning.class).create(template, "基准机构 0000", "430102");
            roles.add(db.rolePrefix() + template.schemaName());
            createCopies(dataSource, db.rolePrefix(), institutions, roles);
            System.out.printf("Created %,d institutions in %.1f s%n", institutions, seconds(t0));
            t0 = System.nanoTime();
            fill(dataSource, institutions, trainees, parallelism);
            System.out.printf("Inserted %,d trainees, %,d enrolments, %,d cohorts, %,d certificates in %.1f s%n",
                    (long) institutions * trainees, (long) institutions * trainees, institutions * 10L,
                    institutions * 50L, seconds(t0));

            ConsoleSnapshots console = context.getBean(ConsoleSnapshots.class);
            t0 = System.nanoTime();
            SnapshotRun run = console.refresh();
            System.out.printf("Snapshot refresh: %,d institutions in %.1f s (%d failed, parallelism %d)%n",
                    run.refreshed(), seconds(t0), run.failed().size(), parallelism);
            t0 = System.nanoTime();
            console.refresh();
            System.out.printf("Second refresh (warm): %.1f s%n", seconds(t0));

            Dashboard dashboard = SignedIn.as(PROVINCE, console::dashboard);
            System.out.printf("Dashboard: %,d figures; enrolments %,d, trainees %,d, cohorts %,d%n",
                    dashboard.figures().size(), dashboard.total(ConsoleMetric.ENROLMENTS_BY_TYPE),
                    dashboard.total(ConsoleMetric.TRAINEES), dashboard.total(ConsoleMetric.COHORTS_BY_STATUS));
            time("dashboard (province)", 300, () -> SignedIn.as(PROVINCE, console::dashboard));
            time("dashboard (prefecture)", 300, () -> SignedIn.as(CHANGSHA, console::dashboard));
            time("cohort list page 1 + count (province)", 200, () -> SignedIn.as(PROVINCE, () ->
                    console.cohorts(CohortFilter.NONE, null, 0, 50).size() + console.countCohorts(CohortFilter.NONE)));
            CohortFilter search = new CohortFilter(null, null, null, null, null, null, "第0777");
            time("cohort search by name + count (province)", 200, () -> SignedIn.as(PROVINCE, () ->
                    console.cohorts(search, null, 0, 50).size() + console.countCohorts(search)));
            time("certificate list page 1 + count (province)", 200, () -> SignedIn.as(PROVINCE, () ->
                    console.certificates(CertificateFilter.NONE, null, 0, 50).size()
                            + console.countCertificates(CertificateFilter.NONE)));
            TenantCode target = TenantCode.of(String.format("bench-%04d", institutions / 2));
            time("live drill-down into " + target.value(), 30, () -> SignedIn.as(PROVINCE, () ->
                    console.live(target).orElseThrow().census().cohorts().size()));
            naiveFanOut(dataSource, institutions);
        } finally {
            cleanUp(db, roles);
        }
    }

    private static void createCopies(DataSource dataSource, String rolePrefix, int institutions, List<String> roles)
            throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = 1; i < institutions; i++) {
                String code = String.format("bench-%04d", i);
                String schema = "t_" + code.replace('-', '_');
                String role = rolePrefix + schema;
                String region = PREFECTURES[i % PREFECTURES.length].substring(0, 4) + String.format("%02d", 2 + i % 5);
                s.addBatch("create role \"" + role + "\" nologin");
                s.addBatch("grant \"" + role + "\" to current_user");
                s.addBatch("create schema " + schema + " authorization \"" + role + "\"");
                for (String table : List.of("lecturer", "trainee", "cohort", "enrolment", "audit_entry")) {
                    s.addBatch("create table " + schema + "." + table + " (like t_bench_0000." + table
                            + " including all)");
                    s.addBatch("alter table " + schema + "." + table + " owner to \"" + role + "\"");
                }
                s.addBatch("insert into platform.tenant (code, name, region_code, schema_name, status, schema_version)"
                        + " select '" + code + "', '基准机构 " + code.substring(6) + "', '" + region + "', '" + schema
                        + "', 'ACTIVE', schema_version from platform.tenant where code = 'bench-0000'");
                roles.add(role);
                if (i % 50 == 0 || i == institutions - 1) {
                    s.executeBatch();
                    c.commit();
                }
            }
        }
    }

    private static void fill(DataSource dataSource, int institutions, int trainees, int parallelism) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, 4)));
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < institutions; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                String code = String.format("bench-%04d", n);
                String schema = "t_" + code.replace('-', '_');
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    c.setAutoCommit(false);
                    s.execute("insert into " + schema + ".lecturer (name, qualification_no, course_types)"
                            + " select '讲师' || g, 'Q-' || g, 'SYB' from generate_series(1, 5) g");
                    StringBuilder cohorts = new StringBuilder("insert into " + schema + ".cohort (name, course_type,"
                            + " start_date, end_date, venue_address, venue_lat, venue_lon, capacity, status) values ");
                    for (int k = 0; k < 10; k++) {
                        int month = 1 + (n + k) % 12;
                        cohorts.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                                "('2026年第%04d%02d期 %s 培训班', '%s', date '2026-%02d-05', date '2026-%02d-15',"
                                        + " '长沙', 28.1, 112.9, %d, '%s')", n, k, TYPES[k], TYPES[k], month, month,
                                trainees, STATUSES[k]));
                    }
                    s.execute(cohorts.toString());
                    s.execute("insert into " + schema + ".trainee (name, id_card, id_card_index)"
                            + " select '学员' || g, 'k1:bench' || g, md5('" + schema + "' || g) || md5(g::text)"
                            + " from generate_series(1, " + trainees + ") g");
                    s.execute("insert into " + schema + ".enrolment (cohort_id, trainee_id, enrolled_at)"
                            + " select c.id, t.id, now() from " + schema + ".trainee t join " + schema + ".cohort c"
                            + " on c.id = (select min(id) from " + schema + ".cohort) + t.id % 10");
                    s.execute("insert into platform.certificate (serial, tenant_code, institution_name, cohort_id,"
                            + " trainee_id, trainee_name, id_card, id_card_index, course_type, start_date, end_date,"
                            + " issued_at, issued_by, revoked_at)"
                            + " select '430000-2026-SYB-' || lpad((" + n + " * 50 + g)::text, 7, '0'), '" + code
                            + "', '基准机构', 1, g, '学员', 'k1:x', md5('" + schema + "' || g) || md5(g::text), 'SYB',"
                            + " date '2026-05-05', date '2026-05-15', timestamptz '2026-05-20' + (g || ' days')::interval,"
                            + " 'bench', case when g % 25 = 0 then now() end from generate_series(1, 50) g");
                    c.commit();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze platform.certificate");
        }
    }

    private static void time(String what, int calls, Supplier<?> call) {
        for (int i = 0; i < Math.min(20, calls); i++) {
            call.get();
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-48s n=%d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", what,
                calls, ms(nanos[calls / 2]), ms(nanos[(int) Math.ceil(calls * 0.95) - 1]),
                ms(nanos[(int) Math.ceil(calls * 0.99) - 1]), ms(nanos[calls - 1]));
    }

    private static void naiveFanOut(DataSource dataSource, int institutions) throws Exception {
        StringBuilder sql = new StringBuilder("select count(*) from (");
        for (int i = 0; i < institutions; i++) {
            sql.append(i == 0 ? "" : " union all ").append(String.format(
                    "select course_type from t_bench_%04d.enrolment e join t_bench_%04d.cohort c on c.id = e.cohort_id",
                    i, i));
        }
        sql.append(") x");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (int round = 0; round < 3; round++) {
                long t = System.nanoTime();
                s.executeQuery(sql.toString()).close();
                System.out.printf("Naive UNION ALL over %,d schemas (what the console avoids), run %d: %.0f ms%n",
                        institutions, round + 1, ms(System.nanoTime() - t));
            }
        }
    }

    private static void cleanUp(TestDatabase.Database db, List<String> roles) throws Exception {
        String name = db.rolePrefix().substring(0, db.rolePrefix().length() - 1);
        String admin = db.url().replace("/" + name, "/postgres");
        try (Connection c = DriverManager.getConnection(admin, db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            for (String role : roles) {
                s.execute("drop role if exists \"" + role + "\"");
            }
        }
        System.out.printf("Dropped database %s and %,d roles%n", name, roles.size());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
