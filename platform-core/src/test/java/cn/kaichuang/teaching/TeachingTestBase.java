package cn.kaichuang.teaching;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.cohort.NewTrainee;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.storage.testsupport.TestS3Server;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.TestClockConfiguration;
import cn.kaichuang.testsupport.Tenants;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * What the teaching tests share (one Spring context for all of them): real PostgreSQL, the
 * in-process S3 server, the test clock, small upload limits, one institution, and a further
 * statistics column contributed the way another feature would.
 */
@PlatformTest
@Import({TestClockConfiguration.class, TeachingTestBase.ExtraColumn.class})
@TestPropertySource(properties = {"kaichuang.teaching.max-document-size=256KB",
        "kaichuang.teaching.max-image-size=16KB", "kaichuang.teaching.max-video-size=256KB",
        "kaichuang.teaching.max-evidence-document-size=64KB", "kaichuang.teaching.progress-slack=5s"})
abstract class TeachingTestBase {

    static final String TENANT = "teaching";
    static final String EXTRA = "test.stat.extra";
    private static final AtomicInteger PEOPLE = new AtomicInteger(700);

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        TestS3Server.registerProperties(registry);
        registry.add("kaichuang.storage.bucket-prefix",
                () -> "tc" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF)) + "-");
    }

    @Autowired
    Cohorts cohorts;
    @Autowired
    Trainees trainees;
    @Autowired
    Lecturers lecturers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    TenantDirectory directory;

    TenantCode tenant() {
        return Tenants.ensure(provisioning, directory, TENANT);
    }

    Caller admin() {
        return caller("teaching-admin", Role.INSTITUTION_ADMIN, TENANT, null);
    }

    record Roster(CohortId cohort, List<TraineeId> traineeIds, List<String> traineeUsernames,
            String lecturerUsername) {

        Caller trainee(int index) {
            return caller(traineeUsernames.get(index), Role.TRAINEE, TENANT, null);
        }

        Caller lecturer() {
            return caller(lecturerUsername, Role.LECTURER, TENANT, null);
        }
    }

    Roster roster(int size) {
        TenantCode code = tenant();
        String lecturerUsername = "teach-lecturer-" + PEOPLE.incrementAndGet();
        return as(admin(), () -> TenantContext.call(code, () -> {
            LecturerId lead = lecturers.register(new NewLecturer("讲师" + PEOPLE.get(), null, "TL-" + PEOPLE.get(),
                    Set.of(CourseType.SYB), lecturerUsername));
            CohortId cohort = cohorts.create(new NewCohort("教学第" + PEOPLE.incrementAndGet() + "期", CourseType.SYB,
                    LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 4),
                    new Venue("长沙市岳麓区麓山南路 2 号", 28.18, 112.94), 30, lead));
            List<TraineeId> ids = new ArrayList<>();
            List<String> usernames = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String username = "teach-trainee-" + PEOPLE.incrementAndGet();
                String first17 = "43010219910512%03d".formatted(PEOPLE.get() % 1000);
                TraineeId trainee = trainees.register(new NewTrainee("学员" + PEOPLE.get(),
                        IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, username));
                cohorts.enrol(cohort, trainee);
                ids.add(trainee);
                usernames.add(username);
            }
            return new Roster(cohort, ids, usernames, lecturerUsername);
        }));
    }

    <T> T inTenant(Caller caller, Supplier<T> work) {
        TenantCode code = tenant();
        return as(caller, () -> TenantContext.call(code, work::get));
    }

    void inTenant(Caller caller, Runnable work) {
        inTenant(caller, () -> {
            work.run();
            return null;
        });
    }

    List<String> platformAudit(int last) {
        return jdbc.sql("select action || ' ' || subject_type || ' ' || subject_id from platform.audit_entry"
                + " order by seq desc limit ?").param(last).query(String.class).list();
    }

    List<String> actions(int last) {
        String schema = jdbc.sql("select schema_name from platform.tenant where code = ?").param(TENANT)
                .query(String.class).single();
        return jdbc.sql("select action from " + schema + ".audit_entry order by seq desc limit ?")
                .param(last).query(String.class).list();
    }

    static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The boxes a player and the server read: ftyp, moov with its movie header, and some media data. */
    static byte[] mp4(int seconds) {
        ByteBuffer buffer = ByteBuffer.allocate(24 + 8 + 108 + 8 + 64);
        buffer.putInt(24).put(ascii("ftyp")).put(ascii("isom")).putInt(512).put(ascii("isom")).put(ascii("mp41"));
        buffer.putInt(8 + 108).put(ascii("moov"));
        buffer.putInt(108).put(ascii("mvhd")).putInt(0).putInt(0).putInt(0).putInt(1000).putInt(seconds * 1000);
        buffer.put(new byte[108 - 28]);
        buffer.putInt(8 + 64).put(ascii("mdat")).put(new byte[64]);
        return buffer.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A column another feature would add: a fixed score for the cohort's first trainee. */
    static class ExtraColumn {

        @Bean
        StatisticsContributor extraColumn() {
            return new StatisticsContributor() {
                @Override
                public List<StatisticsColumn> columns() {
                    return List.of(new StatisticsColumn(EXTRA, StatisticsColumn.Unit.SCORE));
                }

                @Override
                public Map<TraineeId, Map<String, Double>> figures(CohortId cohort, List<TraineeId> roster) {
                    return roster.isEmpty() ? Map.of() : Map.of(roster.getFirst(), Map.of(EXTRA, 88.0));
                }
            };
        }
    }
}
