package cn.kaichuang.app.bench;

import cn.kaichuang.app.Application;
import cn.kaichuang.attendance.CheckIns;
import cn.kaichuang.attendance.WindowSettings;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.audit.ChainVerification;
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
import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.identity.NewAccount;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.SignedIn;
import cn.kaichuang.testsupport.TestDatabase;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Check-ins through the real HTTP path (issue 6): starts the whole web application (Tomcat,
 * Spring Security, Vaadin, the JSON API) on a scratch database, creates {@code trainees} trainees
 * with accounts and enough sessions with open windows, logs every trainee in through the login
 * form ({@code POST /login}), fetches each session's CSRF token ({@code GET /api/v1/csrf}), then
 * fires {@code POST /api/v1/check-ins} with the session cookie at {@code rate} per second for
 * {@code seconds} (after a warm-up of {@code warmup} seconds at the same rate, not counted).
 * Open loop: each request has a planned start, latency counts from there, so a server that falls
 * behind shows in the latency rather than in a lower offered rate. At most {@code maxInFlight}
 * requests are outstanding. Prints the achieved rate, p50/p95/p99/max, errors by status, then the
 * rate of single-row autocommit inserts into the same PostgreSQL for 5 s, and the ratio; checks the
 * institution's audit chain at the end. Asserts nothing.
 *   args: [rate] [seconds] [trainees] [maxInFlight] [warmup]
 * Benchmark settings, said here because they are not the defaults: bcrypt cost 4 for the benchmark
 * accounts (the logins are not what is measured) and the per-address login and per-trainee
 * check-in rate limits raised (one address logs in everyone; each trainee checks in to many
 * sessions in a minute). The driver runs in the application's JVM; the logins go through the JDK's
 * {@code HttpClient}, the measured check-ins through {@link KeepAliveConnection}s, plain HTTP/1.1 that
 * costs the shared cores less (the server side of each request is the same).
 */
public final class CheckInHttpBenchmark {

    private static final double LAT = 28.1941;
    private static final double LON = 112.9823;
    private static final String PASSWORD = "Bench@2026-check-in";
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("\"token\":\"([^\"]+)\"");

    private CheckInHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rate = arg(args, 0, 1000);
        int seconds = arg(args, 1, 30);
        int traineeCount = arg(args, 2, 500);
        int maxInFlight = arg(args, 3, 256);
        int warmup = arg(args, 4, 10);
        int sessionCount = (int) Math.ceil(rate * (seconds + warmup) * 1.1 / traineeCount);
        TestDatabase server = TestDatabase.server();
        TestDatabase.Database db = server.newDatabase();
        System.out.printf("Database: %s (%s)%n", db.url(), server.kind());
        TenantCode tenant = TenantCode.of("bench-http");
        try (ConfigurableApplicationContext context = start(db)) {
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            String base = "http://127.0.0.1:" + port;
            long t0 = System.nanoTime();
            context.getBean(TenantProvisioning.class).create(tenant, "基准机构 HTTP 签到", "430102");
            List<String> usernames = new ArrayList<>();
            List<SessionId> sessions = setUp(context, tenant, traineeCount, sessionCount, usernames);
            System.out.printf("Set up %,d trainees with accounts and %d sessions in %.1f s%n", traineeCount,
                    sessionCount, (System.nanoTime() - t0) / 1e9);
            Caller admin = SignedIn.caller("bench-admin", Role.INSTITUTION_ADMIN, tenant.value(), null);
            CheckIns checkIns = context.getBean(CheckIns.class);
            long[] windows = TenantContext.call(tenant, () -> SignedIn.as(admin, () -> sessions.stream()
                    .mapToLong(s -> checkIns.open(s, WindowSettings.DEFAULTS).id()).toArray()));
            AtomicReferenceArray<String> tokens = new AtomicReferenceArray<>(windows.length);
            Runnable refresh = () -> {
                try {
                    TenantContext.run(tenant, () -> SignedIn.run(admin, () -> {
                        for (int w = 0; w < windows.length; w++) {
                            tokens.set(w, checkIns.token(windows[w]));
                        }
                    }));
                } catch (RuntimeException e) {
                    // A scheduled task that throws is never run again: try again at the next tick.
                    System.out.println("Token renewal failed, retried in 5 s: " + e);
                }
            };
            refresh.run();
            // What the lecturer's screen does: a new QR code every few seconds (a token lasts 30-60 s).
            var renewer = Executors.newSingleThreadScheduledExecutor();
            renewer.scheduleAtFixedRate(refresh, 5, 5, TimeUnit.SECONDS);

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            t0 = System.nanoTime();
            Login[] logins = logIn(client, base, usernames);
            System.out.printf("Logged %,d trainees in through POST /login (+ GET /api/v1/csrf) in %.1f s%n",
                    logins.length, (System.nanoTime() - t0) / 1e9);

            Load load = new Load(new InetSocketAddress("127.0.0.1", port), logins, tokens, rate, maxInFlight);
            load.run(warmup, false);
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            Result result = load.run(seconds, true);
            long cpu = os.getProcessCpuTime() - cpu0;
            renewer.shutdownNow();
            load.close();
            result.print(rate, seconds, maxInFlight);
            // The share of the machine this JVM (server and driver) got, and what one check-in cost it.
            System.out.printf("CPU of this JVM while measured: %.1f s in %.1f s (%.2f of %d cores) = %.2f ms per"
                            + " check-in; machine load average %.1f%n", cpu / 1e9, result.seconds(),
                    cpu / 1e9 / result.seconds(), os.getAvailableProcessors(), cpu / 1e6 / Math.max(1, result.ok()),
                    os.getSystemLoadAverage());

            long rows;
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from " + tenant.schemaName() + ".attendance_record")) {
                rs.next();
                rows = rs.getLong(1);
            }
            System.out.printf("Attendance rows: %,d (201 answers, warm-up included: %,d)%n", rows, load.created.get());
            double inserts = insertRate(db, 8, Duration.ofSeconds(5));
            System.out.printf("Ratio: check-ins %.0f/s = %.1f%% of the single-row insert rate (%.0f/s), 1 : %.1f%n",
                    result.rate(), 100 * result.rate() / inserts, inserts, inserts / result.rate());
            ChainVerification chain = TenantContext.call(tenant, () -> SignedIn.as(Caller.SYSTEM, () ->
                    context.getBean(AuditTrail.class).verify(tenant)));
            System.out.println("Audit chain of the institution: " + chain);
        } finally {
            cleanUp(db, tenant);
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase.Database db) {
        Map<String, Object> properties = new HashMap<>(TestDatabaseInitializer.TEST_KEYS);
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.user());
        properties.put("spring.datasource.password", db.password());
        properties.put("kaichuang.tenancy.role-prefix", db.rolePrefix());
        properties.put("server.port", "0");
        properties.put("kaichuang.embedded.enabled", "false");
        properties.put("kaichuang.demo.enabled", "false");
        properties.put("kaichuang.storage.embedded.enabled", "true");
        properties.put("kaichuang.storage.embedded.directory",
                Path.of("target", "bench-objects", UUID.randomUUID().toString()).toAbsolutePath().toString());
        properties.put("kaichuang.jobs.cluster-name", "kaichuang-bench-" + UUID.randomUUID());
        properties.put("kaichuang.request-sampling.cron", "-");
        properties.put("kaichuang.identity.password.bcrypt-strength", "4");
        properties.put("kaichuang.rate-limits.login-address.capacity", "1000000");
        properties.put("kaichuang.rate-limits.login-address.period", "1m");
        properties.put("kaichuang.rate-limits.check-in.capacity", "1000000");
        properties.put("kaichuang.rate-limits.check-in.period", "1m");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.cn.kaichuang", "WARN");
        // System properties: the embedded defaults read the environment before any initializer runs.
        properties.forEach((key, value) -> System.setProperty(key, value.toString()));
        return new SpringApplicationBuilder(Application.class).run();
    }

    private static List<SessionId> setUp(ConfigurableApplicationContext context, TenantCode tenant, int traineeCount,
            int sessionCount, List<String> usernames) throws Exception {
        Lecturers lecturers = context.getBean(Lecturers.class);
        Cohorts cohorts = context.getBean(Cohorts.class);
        Trainees trainees = context.getBean(Trainees.class);
        LocalAccounts accounts = context.getBean(LocalAccounts.class);
        CohortId cohort = TenantContext.call(tenant, () -> SignedIn.as(Caller.SYSTEM, () -> {
            LecturerId lecturer = lecturers.register(new NewLecturer("基准讲师", null, "BENCH-1", Set.of(CourseType.SYB),
                    "bench-lecturer"));
            return cohorts.create(new NewCohort("SYB 基准班", CourseType.SYB, LocalDate.now(), LocalDate.now().plusDays(10),
                    new Venue("长沙", LAT, LON), 30, lecturer));
        }));
        List<Long> ids = new ArrayList<>();
        TenantContext.run(tenant, () -> SignedIn.run(Caller.SYSTEM, () -> {
            for (int i = 0; i < traineeCount; i++) {
                String first17 = "4301021980%02d%02d%03d".formatted(1 + i / 28_000 % 12, 1 + i / 1000 % 28, i % 1000);
                String login = "bench-http-" + i;
                ids.add(trainees.register(new NewTrainee("学员" + i,
                        IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, login)).value());
                accounts.create(new NewAccount(login, "学员" + i, PASSWORD, Role.TRAINEE, tenant, null));
                usernames.add(login);
            }
        }));
        DataSource dataSource = context.getBean(DataSource.class);
        List<SessionId> sessions = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            // The class size limit is below the benchmark's cohort: enrol directly.
            try (PreparedStatement enrol = c.prepareStatement("insert into " + tenant.schemaName()
                    + ".enrolment (cohort_id, trainee_id, enrolled_at) values (?, ?, now()) on conflict do nothing")) {
                for (long trainee : ids) {
                    enrol.setLong(1, cohort.value());
                    enrol.setLong(2, trainee);
                    enrol.addBatch();
                }
                enrol.executeBatch();
            }
            LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
            for (int s = 0; s < sessionCount; s++) {
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
        return sessions;
    }

    /** A logged-in trainee: the session cookie and its CSRF token. */
    record Login(String cookie, String csrf) {
    }

    private static Login[] logIn(HttpClient client, String base, List<String> usernames) throws Exception {
        Login[] logins = new Login[usernames.size()];
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < logins.length; i++) {
                int n = i;
                work.add(pool.submit(() -> {
                    logins[n] = logIn(client, base, usernames.get(n));
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return logins;
    }

    private static Login logIn(HttpClient client, String base, String username) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String before = cookie(page).orElse(null);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + PASSWORD));
        if (before != null) {
            post.header("Cookie", "JSESSIONID=" + before);
        }
        HttpResponse<String> login = client.send(post.build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login of " + username + " failed: " + login.statusCode() + " " + location);
        }
        String session = cookie(login).orElse(before);
        HttpResponse<String> csrf = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/csrf"))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(csrf.body());
        if (csrf.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("No CSRF token for " + username + ": " + csrf.statusCode() + " " + csrf.body());
        }
        return new Login("JSESSIONID=" + session, m.group(1));
    }

    private static java.util.Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst();
    }

    /**
     * The open-loop driver; one instance walks through (session, trainee) pairs, session by session.
     * A pacer releases one request at each planned start; {@code maxInFlight} sender threads, each
     * with its own {@link KeepAliveConnection}, take them up, so at most that many are outstanding and
     * a request that waits for a free sender counts its wait in its latency. Each request is a real
     * {@code POST /api/v1/check-ins} with the trainee's session cookie, CSRF header and a JSON body.
     */
    static final class Load {

        private final KeepAliveConnection[] connections;
        private final String host;
        private final Login[] logins;
        private final AtomicReferenceArray<String> tokens;
        private final int rate;
        private final AtomicLong created = new AtomicLong();
        private final AtomicLong next = new AtomicLong();

        Load(InetSocketAddress server, Login[] logins, AtomicReferenceArray<String> tokens, int rate,
                int maxInFlight) {
            this.connections = new KeepAliveConnection[maxInFlight];
            for (int c = 0; c < maxInFlight; c++) {
                connections[c] = new KeepAliveConnection(server, Duration.ofSeconds(30));
            }
            this.host = server.getHostString() + ":" + server.getPort();
            this.logins = logins;
            this.tokens = tokens;
            this.rate = rate;
        }

        Result run(int seconds, boolean measured) throws InterruptedException {
            int planned = rate * seconds;
            long[] latencies = new long[planned];
            AtomicInteger done = new AtomicInteger();
            AtomicInteger slots = new AtomicInteger();
            Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
            Semaphore due = new Semaphore(0);
            long start = System.nanoTime();
            double interval = 1e9 / rate;
            List<Thread> senders = new ArrayList<>();
            for (KeepAliveConnection connection : connections) {
                senders.add(Thread.ofPlatform().daemon().name("bench-sender").start(() -> {
                    while (true) {
                        try {
                            due.acquire();
                        } catch (InterruptedException e) {
                            return;
                        }
                        int slot = slots.getAndIncrement();
                        if (slot >= planned) {
                            return;
                        }
                        long plannedAt = start + (long) (slot * interval);
                        String outcome = send(connection);
                        latencies[slot] = System.nanoTime() - plannedAt;
                        if (outcome == null) {
                            done.incrementAndGet();
                        } else {
                            errors.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                }));
            }
            for (int i = 0; i < planned; i++) {
                long wait = start + (long) (i * interval) - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                due.release();
            }
            // One more permit per sender, each of which then finds no slot left and stops.
            due.release(connections.length);
            for (Thread sender : senders) {
                sender.join();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (!measured) {
                System.out.printf("Warm-up: %,d check-ins in %.1f s, %,d errors%n", planned, elapsed,
                        planned - done.get());
                errors.forEach((what, n) -> System.out.printf("  warm-up error %s × %,d%n",
                        what.length() > 200 ? what.substring(0, 200) : what, n.get()));
            }
            Arrays.sort(latencies);
            return new Result(planned, done.get(), elapsed, latencies, errors);
        }

        /** One check-in of the next (session, trainee) pair; null when it answered 201, else what went wrong. */
        private String send(KeepAliveConnection connection) {
            long pair = next.getAndIncrement();
            int trainee = (int) (pair % logins.length);
            int window = (int) (pair / logins.length);
            if (window >= tokens.length()) {
                return "out of sessions: raise the trainee count";
            }
            Login login = logins[trainee];
            byte[] body = ("{\"token\":\"" + tokens.get(window) + "\",\"latitude\":" + (LAT + 0.0005)
                    + ",\"longitude\":" + LON + ",\"accuracy\":15}").getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST /api/v1/check-ins HTTP/1.1\r\nHost: " + host
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nAccept-Language: zh-CN"
                    + "\r\nCookie: " + login.cookie() + "\r\nX-CSRF-TOKEN: " + login.csrf()
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            try {
                KeepAliveConnection.Reply reply = connection.exchange(request);
                if (reply.status() == 201) {
                    created.incrementAndGet();
                    return null;
                }
                return reply.status() + " " + reply.text();
            } catch (IOException e) {
                return e.getClass().getSimpleName();
            }
        }

        void close() {
            for (KeepAliveConnection connection : connections) {
                connection.close();
            }
        }
    }

    record Result(int planned, int ok, double seconds, long[] sorted, Map<String, AtomicInteger> errors) {

        double rate() {
            return ok / seconds;
        }

        void print(int target, int duration, int maxInFlight) {
            System.out.printf("HTTP check-ins: target %,d/s for %d s (at most %d in flight): %,d sent, %,d checked in"
                            + " (201) in %.1f s = %.0f/s; latency from the planned start p50 %.1f ms, p95 %.1f ms,"
                            + " p99 %.1f ms, max %.1f ms; errors %,d%n", target, duration, maxInFlight, planned, ok,
                    seconds, rate(), ms(pct(50)), ms(pct(95)), ms(pct(99)), ms(sorted[sorted.length - 1]),
                    planned - ok);
            errors.forEach((what, n) -> System.out.printf("  error %s × %,d%n",
                    what.length() > 200 ? what.substring(0, 200) : what, n.get()));
        }

        private long pct(int percent) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
        }
    }

    /** Single-row autocommit inserts into the same PostgreSQL, {@code threads} connections, for {@code duration}. */
    private static double insertRate(TestDatabase.Database db, int threads, Duration duration) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute("create table public.bench_insert (id bigint generated by default as identity primary key,"
                    + " a bigint not null, b bigint not null, at timestamptz not null, lat double precision)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong rows = new AtomicLong();
        try {
            long end = System.nanoTime() + duration.toNanos();
            long t0 = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                            PreparedStatement insert = c.prepareStatement(
                                    "insert into public.bench_insert (a, b, at, lat) values (?, ?, now(), ?)")) {
                        c.setAutoCommit(true);
                        for (long i = 0; System.nanoTime() < end; i++) {
                            insert.setLong(1, i);
                            insert.setLong(2, i);
                            insert.setDouble(3, LAT);
                            insert.executeUpdate();
                            rows.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double perSecond = rows.get() / seconds;
            System.out.printf("Single-row autocommit inserts, same PostgreSQL, %d connections: %,d in %.1f s = %.0f/s%n",
                    threads, rows.get(), seconds, perSecond);
            return perSecond;
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

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
