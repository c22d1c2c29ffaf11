package cn.kaichuang.bench;

import cn.kaichuang.attendance.CheckIns;
import cn.kaichuang.attendance.Position;
import cn.kaichuang.attendance.WindowSettings;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.SessionId;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.cohort.NewTrainee;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.CoreTestApplication;
import cn.kaichuang.testsupport.SignedIn;
import cn.kaichuang.testsupport.TestDatabase;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Check-in throughput through the service path a request takes after the web layer: token
 * verification, window, enrolment, geofence, rate limit, the insert and the audit entry, each
 * check-in its own transaction, {@code threads} at once. Not over HTTP (the login and Vaadin's
 * request handling are not in the figure). Prints the throughput, p50/p99 and, for scale, the rate
 * of single-row autocommit inserts into the same PostgreSQL with the same number of threads.
 *   args: [trainees] [sessions] [threads]
 */
public final class CheckInBenchmark {

    private static final double LAT = 28.1941;
    private static final double LON = 112.9823;

    private CheckInBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int traineeCount = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int sessionCount = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        TestDatabase server = TestDatabase.server();
        TestDatabase.Database db = server.newDatabase();
        System.out.printf("Database: %s (%s)%n", db.url(), server.kind());
        Map<String, Object> properties = new HashMap<>(TestDatabaseInitializer.TEST_KEYS);
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.user());
        properties.put("spring.datasource.password", db.password());
        properties.put("kaichuang.tenancy.role-prefix", db.rolePrefix());
        properties.put("spring.datasource.hikari.maximum-pool-size", String.valueOf(threads + 2));
        properties.put("logging.level.root", "WARN");
        TenantCode tenant = TenantCode.of("bench-checkin");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(c -> c.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("bench", properties)))
                .run()) {
            context.getBean(TenantProvisioning.class).create(tenant, "基准机构 签到", "430102");
            List<Caller> trainees = new ArrayList<>();
            List<SessionId> sessions = setUp(context, tenant, traineeCount, sessionCount, trainees);
            Caller admin = SignedIn.caller("bench-admin", Role.INSTITUTION_ADMIN, tenant.value(), null);
            CheckIns checkIns = context.getBean(CheckIns.class);
            // Warm-up: the first session, not counted.
            run(checkIns, tenant, admin, sessions.subList(0, 1), trainees, threads);
            long[] latencies;
            long t0 = System.nanoTime();
            latencies = run(checkIns, tenant, admin, sessions.subList(1, sessions.size()), trainees, threads);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(latencies);
            System.out.printf("Check-ins: %,d in %.1f s with %d threads = %.0f/s; p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    latencies.length, seconds, threads, latencies.length / seconds, ms(pct(latencies, 50)),
                    ms(pct(latencies, 99)), ms(latencies[latencies.length - 1]));
            insertRate(context.getBean(DataSource.class), threads, latencies.length);
        } finally {
            cleanUp(db, tenant);
        }
    }

    private static List<SessionId> setUp(ConfigurableApplicationContext context, TenantCode tenant, int traineeCount,
            int sessionCount, List<Caller> trainees) throws Exception {
        Lecturers lecturers = context.getBean(Lecturers.class);
        Cohorts cohorts = context.getBean(Cohorts.class);
        Trainees traineeService = context.getBean(Trainees.class);
        long t0 = System.nanoTime();
        List<Long> enrolments = new ArrayList<>();
        CohortId cohort = TenantContext.call(tenant, () -> SignedIn.as(Caller.SYSTEM, () -> {
            LecturerId lecturer = lecturers.register(new NewLecturer("基准讲师", null, "BENCH-1", Set.of(CourseType.SYB),
                    "bench-lecturer"));
            return cohorts.create(new NewCohort("SYB 基准班", CourseType.SYB, LocalDate.now(), LocalDate.now().plusDays(10),
                    new Venue("长沙", LAT, LON), 30, lecturer));
        }));
        // The class size limit may be below the benchmark's cohort: enrol directly.
        TenantContext.run(tenant, () -> SignedIn.run(Caller.SYSTEM, () -> {
            for (int i = 0; i < traineeCount; i++) {
                String first17 = "43010219800101%03d".formatted(i % 1000);
                String login = "bench-trainee-" + i;
                var id = traineeService.register(new NewTrainee("学员" + i,
                        IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, login));
                trainees.add(SignedIn.caller(login, Role.TRAINEE, tenant.value(), null));
                enrolments.add(id.value());
            }
        }));
        DataSource dataSource = context.getBean(DataSource.class);
        List<SessionId> sessions = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement enrol = c.prepareStatement("insert into " + tenant.schemaName()
                    + ".enrolment (cohort_id, trainee_id, enrolled_at) values (?, ?, now()) on conflict do nothing")) {
                for (long trainee : enrolments) {
                    enrol.setLong(1, cohort.value());
                    enrol.setLong(2, trainee);
                    enrol.addBatch();
                }
                enrol.executeBatch();
            }
            LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
            for (int s = 0; s < sessionCount + 1; s++) {
                try (PreparedStatement insert = c.prepareStatement("insert into " + tenant.schemaName()
                        + ".cohort_session (cohort_id, starts_at, ends_at, topic, venue_address, venue_lat, venue_lon,"
                        + " lecturer_id) select ?, ?, ?, ?, '长沙', ?, ?, min(id) from " + tenant.schemaName()
                        + ".lecturer returning id")) {
                    insert.setLong(1, cohort.value());
                    insert.setObject(2, start);
                    insert.setObject(3, start.plusHours(3));
                    insert.setString(4, "第" + s + "课");
                    insert.setDouble(5, LAT);
                    insert.setDouble(6, LON);
                    try (var rs = insert.executeQuery()) {
                        rs.next();
                        sessions.add(new SessionId(rs.getLong(1)));
                    }
                }
            }
        }
        System.out.printf("Set up %,d trainees and %d sessions in %.1f s%n", traineeCount, sessionCount + 1,
                (System.nanoTime() - t0) / 1e9);
        return sessions;
    }

    /** Every trainee checks in to every session; returns each call's nanoseconds. */
    private static long[] run(CheckIns checkIns, TenantCode tenant, Caller admin, List<SessionId> sessions,
            List<Caller> trainees, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> calls = new ArrayList<>();
            for (SessionId session : sessions) {
                String token = TenantContext.call(tenant, () -> SignedIn.as(admin, () -> checkIns.token(
                        checkIns.open(session, WindowSettings.DEFAULTS).id())));
                for (Caller trainee : trainees) {
                    calls.add(pool.submit(() -> {
                        long t = System.nanoTime();
                        TenantContext.call(tenant, () -> SignedIn.as(trainee, () ->
                                checkIns.checkIn(token, new Position(LAT + 0.0005, LON, 15), null)));
                        return System.nanoTime() - t;
                    }));
                }
                // A token lasts 30-60 s: let this session's check-ins finish before the next token.
                for (Future<Long> call : calls) {
                    call.get();
                }
            }
            long[] nanos = new long[calls.size()];
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = calls.get(i).get();
            }
            return nanos;
        } finally {
            pool.shutdown();
        }
    }

    private static void insertRate(DataSource dataSource, int threads, int rows) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table public.bench_insert (id bigint generated by default as identity primary key,"
                    + " a bigint not null, b bigint not null, at timestamptz not null, lat double precision)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = rows / threads;
                work.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                            "insert into public.bench_insert (a, b, at, lat) values (?, ?, now(), ?)")) {
                        c.setAutoCommit(true);
                        for (int i = 0; i < share; i++) {
                            insert.setLong(1, i);
                            insert.setLong(2, i);
                            insert.setDouble(3, LAT);
                            insert.executeUpdate();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            int done = rows / threads * threads;
            System.out.printf("Single-row autocommit inserts, same PostgreSQL, %d threads: %,d in %.1f s = %.0f/s%n",
                    threads, done, seconds, done / seconds);
        } finally {
            pool.shutdown();
        }
    }

    private static void cleanUp(TestDatabase.Database db, TenantCode tenant) throws Exception {
        String name = db.rolePrefix().substring(0, db.rolePrefix().length() - 1);
        String admin = db.url().replace("/" + name, "/postgres");
        try (Connection c = DriverManager.getConnection(admin, db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("drop role if exists \"" + db.rolePrefix() + tenant.schemaName() + "\"");
        }
        System.out.printf("Dropped database %s%n", name);
    }

    private static long pct(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
