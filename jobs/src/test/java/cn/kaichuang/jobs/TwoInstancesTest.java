package cn.kaichuang.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.testsupport.TestDatabase;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two application instances (two Spring contexts, each with its own Quartz scheduler and
 * pools) on one database: a job triggered every second fires once per scheduled time across
 * both, and keeps firing on the survivor when one instance stops (DESIGN §1, P-4).
 */
class TwoInstancesTest {

    private final TestDatabase.Database db = TestDatabase.server().newDatabase();

    @Test
    void aClusteredJobFiresOncePerScheduledTimeAcrossTwoInstancesAndFailsOverToTheSurvivor() throws Exception {
        execute("create table public.job_firing (scheduled_at bigint not null, instance varchar(200) not null,"
                + " fired_at timestamptz not null default clock_timestamp())");
        ConfigurableApplicationContext first = start();
        ConfigurableApplicationContext second = start();
        String firstId = instanceId(first);
        String secondId = instanceId(second);
        assertThat(firstId).isNotEqualTo(secondId);
        JdbcClient check = jdbc();
        long bothUp = now(check);

        Thread.sleep(Duration.ofSeconds(15));
        assertThat(check.sql("select instance_name from platform.qrtz_scheduler_state").query(String.class).list())
                .containsExactlyInAnyOrder(firstId, secondId);
        long stopping = now(check);
        Map<String, Long> whileBoth = perInstance(check, bothUp, stopping);
        // Stop the instance that did most of the work, so the other has to take over.
        boolean firstBusier = whileBoth.getOrDefault(firstId, 0L) >= whileBoth.getOrDefault(secondId, 0L);
        ConfigurableApplicationContext stopped = firstBusier ? first : second;
        ConfigurableApplicationContext survivor = firstBusier ? second : first;
        String survivorId = firstBusier ? secondId : firstId;
        stopped.close();
        long stoppedAt = now(check);
        // A cleanly stopped node may hold the next firing it had acquired until the cluster check-in
        // (7.5 s) finds it gone; the survivor then recovers it and carries on.
        Thread.sleep(Duration.ofSeconds(25));
        survivor.close();

        List<Map<String, Object>> duplicates = check.sql("select scheduled_at, count(*) from public.job_firing"
                + " group by scheduled_at having count(*) > 1").query().listOfRows();
        Map<String, Long> afterwards = perInstance(check, stoppedAt, Long.MAX_VALUE);
        Long takeover = check.sql("select (extract(epoch from min(fired_at)) * 1000)::bigint - ? from public.job_firing"
                + " where fired_at >= to_timestamp(? / 1000.0)").params(stoppedAt, stoppedAt).query(Long.class).single();
        System.out.printf("Firings per instance while both ran 15 s: %s; in 25 s after %s stopped: %s;"
                + " first firing on the survivor %d ms after the stop%n", whileBoth, firstBusier ? firstId : secondId,
                afterwards, takeover);

        assertThat(duplicates).as("scheduled times fired more than once").isEmpty();
        assertThat(whileBoth.values().stream().mapToLong(Long::longValue).sum())
                .as("firings in 15 s at one per second").isBetween(12L, 17L);
        assertThat(afterwards).as("firings after the busier instance stopped").containsOnlyKeys(survivorId);
        assertThat(afterwards.get(survivorId)).isGreaterThan(5);
    }

    private static Map<String, Long> perInstance(JdbcClient jdbc, long fromMillis, long toMillis) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select instance, count(*) from public.job_firing where fired_at >= to_timestamp(? / 1000.0)"
                        + " and fired_at < to_timestamp(? / 1000.0) group by instance")
                .params(fromMillis, Math.min(toMillis, 253402300799000L))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** The database's clock, which stamps the firings. */
    private static long now(JdbcClient jdbc) {
        return jdbc.sql("select (extract(epoch from clock_timestamp()) * 1000)::bigint").query(Long.class).single();
    }

    private ConfigurableApplicationContext start() {
        Map<String, Object> properties = new HashMap<>(TestDatabaseInitializer.TEST_KEYS);
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.user());
        properties.put("spring.datasource.password", db.password());
        properties.put("kaichuang.tenancy.role-prefix", db.rolePrefix());
        properties.put("kaichuang.tenancy.migrate-on-start", "false");
        // Apart from the schedulers of other test contexts in this JVM (see JobsProperties#clusterName).
        properties.put("kaichuang.jobs.cluster-name", "two-instances-" + db.rolePrefix());
        return new SpringApplicationBuilder(JobsTestApplication.class, EverySecond.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).properties(properties).run();
    }

    private static String instanceId(ConfigurableApplicationContext context) throws SchedulerException {
        return context.getBean(Scheduler.class).getSchedulerInstanceId();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(db.url(), db.user(), db.password()));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A test job that records each firing: its scheduled time and the instance that ran it. */
    @DisallowConcurrentExecution
    public static class RecordFiring implements Job {

        private final JdbcClient jdbc;

        public RecordFiring(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try {
                jdbc.sql("insert into public.job_firing (scheduled_at, instance) values (?, ?)")
                        .params(context.getScheduledFireTime().getTime(), context.getScheduler().getSchedulerInstanceId())
                        .update();
            } catch (SchedulerException e) {
                throw new JobExecutionException(e);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class EverySecond {

        @Bean
        JobDetail recordFiringJob() {
            return JobBuilder.newJob(RecordFiring.class).withIdentity("record-firing").storeDurably().build();
        }

        @Bean
        Trigger recordFiringTrigger(JobDetail recordFiringJob) {
            return TriggerBuilder.newTrigger().forJob(recordFiringJob).withIdentity("record-firing")
                    // Cron, as the real jobs: every instance registers the same schedule at start.
                    .withSchedule(CronScheduleBuilder.cronSchedule("* * * * * ?")
                            .withMisfireHandlingInstructionDoNothing())
                    .build();
        }
    }
}
