package cn.kaichuang.bench;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.cohort.NewTrainee;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.exam.AttemptView;
import cn.kaichuang.exam.Attempts;
import cn.kaichuang.exam.Blueprint;
import cn.kaichuang.exam.BlueprintLine;
import cn.kaichuang.exam.ExamSittings;
import cn.kaichuang.exam.MarkingRule;
import cn.kaichuang.exam.NewSitting;
import cn.kaichuang.exam.Papers;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.question.QuestionType;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Answer saving under exam load (issue 6 item 4) through the service path a request takes after
 * the web layer ({@link Attempts#answer}: caller, row lock on the attempt, deadline and session
 * token, paper from the cache, upsert, commit). Not over HTTP: the login and Vaadin's request
 * handling are not in the figure.
 * <ol>
 *   <li>{@code candidates} trainees start an attempt each (paper drawn and stored): timed.</li>
 *   <li>Open loop: every candidate saves one answer every 30 s at its own offset, for
 *       {@code seconds}, through a pool of {@code threads} request threads; latency runs from the
 *       moment the save was due, so queueing counts.</li>
 *   <li>Closed loop: the same threads save back to back, for the saturation throughput.</li>
 * </ol>
 * Prints p50/p95/p99, throughput; asserts nothing.
 *   args: [candidates=1000] [seconds=90] [threads=16]
 */
public final class ExamAnswerBenchmark {

    private ExamAnswerBenchmark() {
    }

    private record Candidate(Caller caller, long attempt, String token, int questions) {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 90;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        TestDatabase server = TestDatabase.server();
        TestDatabase.Database db = server.newDatabase();
        System.out.printf("Database: %s (%s); %d cores%n", db.url(), server.kind(),
                Runtime.getRuntime().availableProcessors());
        Map<String, Object> properties = new HashMap<>(TestDatabaseInitializer.TEST_KEYS);
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.user());
        properties.put("spring.datasource.password", db.password());
        properties.put("kaichuang.tenancy.role-prefix", db.rolePrefix());
        properties.put("spring.datasource.hikari.maximum-pool-size", String.valueOf(threads + 2));
        properties.put("logging.level.root", "WARN");
        TenantCode tenant = TenantCode.of("bench-exam");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(c -> c.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("bench", properties)))
                .run()) {
            context.getBean(TenantProvisioning.class).create(tenant, "基准机构 考试", "430102");
            Attempts attempts = context.getBean(Attempts.class);
            List<Candidate> candidates = setUp(context, tenant, count, threads);

            List<Long> latencies = openLoop(attempts, tenant, candidates, seconds, threads);
            long[] open = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("Open loop: %,d candidates x 1 save / 30 s for %d s = %,d saves (%.1f/s offered),"
                            + " %d threads; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (from the due time)%n",
                    count, seconds, open.length, open.length / (double) seconds, threads, ms(pct(open, 50)),
                    ms(pct(open, 95)), ms(pct(open, 99)), ms(open[open.length - 1]));

            int saves = Math.max(5000, count * 5);
            long t0 = System.nanoTime();
            long[] closed = closedLoop(attempts, tenant, candidates, saves, threads);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(closed);
            System.out.printf("Closed loop: %,d saves back to back with %d threads in %.1f s = %.0f saves/s;"
                            + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", closed.length, threads, elapsed,
                    closed.length / elapsed, ms(pct(closed, 50)), ms(pct(closed, 95)), ms(pct(closed, 99)));
        } finally {
            cleanUp(db, tenant);
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

    private static List<Candidate> setUp(ConfigurableApplicationContext context, TenantCode tenant, int count,
            int threads) throws Exception {
        Lecturers lecturers = context.getBean(Lecturers.class);
        Cohorts cohorts = context.getBean(Cohorts.class);
        Trainees trainees = context.getBean(Trainees.class);
        Papers papers = context.getBean(Papers.class);
        ExamSittings sittings = context.getBean(ExamSittings.class);
        Attempts attempts = context.getBean(Attempts.class);
        long t0 = System.nanoTime();
        CohortId cohort = TenantContext.call(tenant, () -> SignedIn.as(Caller.SYSTEM, () -> {
            LecturerId lecturer = lecturers.register(new NewLecturer("基准讲师", null, "BENCH-EX", Set.of(CourseType.SYB),
                    null));
            return cohorts.create(new NewCohort("SYB 考试基准班", CourseType.SYB, LocalDate.now(),
                    LocalDate.now().plusDays(10), new Venue("长沙", 28.19, 112.98), 30, lecturer));
        }));
        List<Long> ids = new ArrayList<>();
        List<Caller> callers = new ArrayList<>();
        TenantContext.run(tenant, () -> SignedIn.run(Caller.SYSTEM, () -> {
            for (int i = 0; i < count; i++) {
                String first17 = "430102198001%02d%03d".formatted(1 + i / 1000 % 28, i % 1000);
                String login = "bench-candidate-" + i;
                ids.add(trainees.register(new NewTrainee("考生" + i,
                        IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, login)).value());
                callers.add(SignedIn.caller(login, Role.TRAINEE, tenant.value(), null));
            }
        }));
        // The class size limit is below the benchmark's cohort: enrol directly.
        try (Connection c = context.getBean(DataSource.class).getConnection();
                PreparedStatement enrol = c.prepareStatement("insert into " + tenant.schemaName()
                        + ".enrolment (cohort_id, trainee_id, enrolled_at) values (?, ?, now())")) {
            for (long id : ids) {
                enrol.setLong(1, cohort.value());
                enrol.setLong(2, id);
                enrol.addBatch();
            }
            enrol.executeBatch();
        }
        long sitting = TenantContext.call(tenant, () -> SignedIn.as(Caller.SYSTEM, () -> {
            Blueprint blueprint = papers.save(new Blueprint(0, "SYB 基准考试", "SYB", List.of(
                    new BlueprintLine(QuestionType.SINGLE_CHOICE, null, 1, 5, 20, 3),
                    new BlueprintLine(QuestionType.TRUE_FALSE, null, 1, 5, 10, 2),
                    new BlueprintLine(QuestionType.MULTIPLE_CHOICE, null, 1, 5, 5, 4))));
            return sittings.schedule(new NewSitting("SYB 基准考试", blueprint.id(), cohort.value(),
                    Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(3)), 150, 1, 60,
                    MarkingRule.PARTIAL)).id();
        }));
        System.out.printf("Set up %,d trainees and a sitting in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Candidate>> started = new ArrayList<>();
            long[] startNanos = new long[count];
            long t1 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                int index = i;
                Caller caller = callers.get(i);
                started.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    AttemptView view = TenantContext.call(tenant, () -> SignedIn.as(caller,
                            () -> attempts.start(sitting)));
                    startNanos[index] = System.nanoTime() - t;
                    return new Candidate(caller, view.id(), view.sessionToken(), view.items().size());
                }));
            }
            List<Candidate> candidates = new ArrayList<>();
            for (Future<Candidate> f : started) {
                candidates.add(f.get());
            }
            double took = (System.nanoTime() - t1) / 1e9;
            Arrays.sort(startNanos);
            System.out.printf("Started %,d attempts (paper of %d questions drawn and stored each) in %.1f s = %.0f/s;"
                            + " p50 %.1f ms, p99 %.1f ms%n", count, candidates.getFirst().questions(), took,
                    count / took, ms(pct(startNanos, 50)), ms(pct(startNanos, 99)));
            return candidates;
        } finally {
            pool.shutdown();
        }
    }

    private static List<Long> openLoop(Attempts attempts, TenantCode tenant, List<Candidate> candidates, int seconds,
            int threads) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long period = TimeUnit.SECONDS.toNanos(30);
        long begin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long end = begin + TimeUnit.SECONDS.toNanos(seconds);
        int total = 0;
        for (Candidate candidate : candidates) {
            long offset = ThreadLocalRandom.current().nextLong(period);
            for (long due = begin + offset; due < end; due += period) {
                total++;
            }
        }
        CountDownLatch done = new CountDownLatch(total);
        for (Candidate candidate : candidates) {
            long offset = ThreadLocalRandom.current().nextLong(period);
            for (long due = begin + offset; due < end; due += period) {
                long dueAt = due;
                clock.schedule(() -> workers.submit(() -> {
                    try {
                        save(attempts, tenant, candidate);
                        latencies.add(System.nanoTime() - dueAt);
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                }), dueAt - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
        }
        // The offsets drawn for counting and scheduling differ; wait for the scheduled ones.
        clock.shutdown();
        clock.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        workers.shutdown();
        workers.awaitTermination(120, TimeUnit.SECONDS);
        if (failures.get() > 0) {
            System.out.println("Failed saves: " + failures.get());
        }
        return new ArrayList<>(latencies);
    }

    private static long[] closedLoop(Attempts attempts, TenantCode tenant, List<Candidate> candidates, int saves,
            int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> calls = new ArrayList<>();
            for (int i = 0; i < saves; i++) {
                Candidate candidate = candidates.get(i % candidates.size());
                calls.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    save(attempts, tenant, candidate);
                    return System.nanoTime() - t;
                }));
            }
            long[] nanos = new long[saves];
            for (int i = 0; i < saves; i++) {
                nanos[i] = calls.get(i).get();
            }
            return nanos;
        } finally {
            pool.shutdown();
        }
    }

    private static void save(Attempts attempts, TenantCode tenant, Candidate candidate) {
        int position = ThreadLocalRandom.current().nextInt(candidate.questions());
        TenantContext.call(tenant, () -> SignedIn.as(candidate.caller(),
                () -> attempts.answer(candidate.attempt(), candidate.token(), position, List.of(0))));
    }

    private static long pct(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
