package cn.kaichuang.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.backup.ExportLog;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Cohorts;
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
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.testsupport.TestS3Server;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An institution seeded through the core (PII encrypted, cohorts, enrolments, audit chain,
 * objects) goes through {@code export} and {@code import} under a new code and arrives equal.
 */
@PlatformTest
class ArchiveRoundTripTest {

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        TestS3Server.registerProperties(registry);
    }

    @Autowired TenantProvisioning provisioning;
    @Autowired Lecturers lecturers;
    @Autowired Trainees trainees;
    @Autowired Cohorts cohorts;
    @Autowired AuditTrail audit;
    @Autowired ObjectStore store;
    @Autowired ExportLog exportLog;
    @Autowired TenantDirectory directory;
    @Autowired Environment environment;
    ArchiveCli cli;

    @TempDir Path dir;

    @BeforeEach
    void cli() {
        cli = new ArchiveCli(environment);
    }

    @Test
    void anExportedInstitutionImportsUnderANewCodeWithEqualTablesObjectsAndReadablePii() throws Exception {
        TenantCode source = seeded("src");
        Path archive = dir.resolve("export.zip");

        CliRun exported = cli.run("export", "--code", source.value(), "--out", archive.toString());

        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(exported.out()).startsWith("Exported institution '" + source + "': ").contains(" 3 objects, ");
        assertThat(exportLog.latest()).anySatisfy(e -> assertThat(e.tenant()).isEqualTo(source));

        TenantCode copy = TenantCode.of(TestPlatform.uniqueCode("copy"));
        CliRun imported = cli.run("import", "--archive", archive.toString(), "--code", copy.value());

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).startsWith("Imported institution '" + copy + "' (长沙市岳麓创业培训学校, region 430100)");
        for (String table : List.of("lecturer", "trainee", "cohort", "enrolment", "audit_entry")) {
            List<String> original = cli.rows(source, table);
            assertThat(original).as(table).isNotEmpty();
            assertThat(cli.rows(copy, table)).as(table).isEqualTo(original);
        }
        assertThat(store.list("kc-" + copy, "")).isEqualTo(store.list("kc-" + source, "")).hasSize(3);
        for (String key : store.list("kc-" + source, "")) {
            assertThat(bytes("kc-" + copy, key)).as(key).isEqualTo(bytes("kc-" + source, key));
        }
        TenantContext.run(copy, () -> {
            // Same keys: the encrypted ID number and phone read back, and the blind index still finds them.
            assertThat(trainees.findByIdCard(idCard(2))).hasValueSatisfying(t -> {
                assertThat(t.name()).isEqualTo("学员2");
                assertThat(t.phone()).isEqualTo("13800000002");
            });
            assertThat(audit.verify(copy).intact()).isTrue();
            // Identity sequences continue after the restored ids.
            TraineeId added = trainees.register(new NewTrainee("新学员", idCard(9), null, null));
            assertThat(added.value()).isGreaterThan(3);
        });
    }

    @Test
    void aCorruptedArchiveIsRefusedWithOneLineAndLeavesNothingBehind() throws Exception {
        TenantCode source = seeded("bad");
        Path archive = dir.resolve("export.zip");
        assertThat(cli.run("export", "--code", source.value(), "--out", archive.toString()).exitCode()).isZero();
        Path corrupted = ArchiveTampering.replaceEntry(archive, dir.resolve("corrupted.zip"), "tables/trainee.copy");
        TenantCode copy = TenantCode.of(TestPlatform.uniqueCode("never"));

        CliRun refused = cli.run("import", "--archive", corrupted.toString(), "--code", copy.value());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).singleElement().asString()
                .startsWith("Archive " + corrupted + " is corrupted: tables/trainee.copy has SHA-256 ");
        assertThat(refused.out()).isEmpty();
        cli.assertNothingLeft(copy);
        assertThat(store.bucketExists("kc-" + copy)).isFalse();

        Path notAZip = Files.writeString(dir.resolve("notes.zip"), "not an archive");
        CliRun notZip = cli.run("import", "--archive", notAZip.toString(), "--code", copy.value());
        assertThat(notZip.errLines()).singleElement().asString()
                .startsWith("Archive " + notAZip + " is not a readable zip file");
        cli.assertNothingLeft(copy);
    }

    @Test
    void anImportFailingAfterProvisioningRemovesTheInstitutionAgain() throws Exception {
        TenantCode source = seeded("half");
        Path archive = dir.resolve("export.zip");
        assertThat(cli.run("export", "--code", source.value(), "--out", archive.toString()).exitCode()).isZero();
        // A consistent archive whose enrolments point at a cohort it does not hold: the COPY fails mid-way.
        Path dangling = ArchiveTampering.rewriteEntry(archive, dir.resolve("dangling.zip"), "tables/cohort.copy", "");
        TenantCode copy = TenantCode.of(TestPlatform.uniqueCode("gone"));

        CliRun failed = cli.run("import", "--archive", dangling.toString(), "--code", copy.value());

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.errLines()).singleElement().asString()
                .startsWith("Importing " + dangling + " as '" + copy + "' failed, and institution '" + copy
                        + "' was removed again: ");
        cli.assertNothingLeft(copy);
        assertThat(store.bucketExists("kc-" + copy)).isFalse();
    }

    @Test
    void exportAllUploadsOneArchivePerInstitutionToTheBucketAndRecordsIt() throws Exception {
        TenantCode source = seeded("all");
        String bucket = TestS3Server.uniqueBucket("exports");

        CliRun exported = cli.run("export", "--all", "--to", "s3://" + bucket + "/nightly");

        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(exported.outLines()).hasSize(directory.all().size());
        List<String> keys = store.list(bucket, "nightly/" + source + "/");
        assertThat(keys).singleElement().asString().matches("nightly/" + source + "/" + source + "-\\d{8}T\\d{6}Z\\.zip");
        assertThat(exportLog.latest()).filteredOn(e -> e.tenant().equals(source)).singleElement()
                .satisfies(e -> assertThat(e.location()).isEqualTo("s3://" + bucket + "/" + keys.getFirst()));
        // What was uploaded is a complete archive: it imports.
        Path downloaded = dir.resolve("downloaded.zip");
        try (InputStream in = store.get(bucket, keys.getFirst())) {
            Files.copy(in, downloaded);
        }
        TenantCode copy = TenantCode.of(TestPlatform.uniqueCode("froms3"));
        assertThat(cli.run("import", "--archive", downloaded.toString(), "--code", copy.value()).exitCode()).isZero();
        assertThat(cli.rows(copy, "trainee")).isEqualTo(cli.rows(source, "trainee"));
    }

    private TenantCode seeded(String hint) {
        TenantCode code = TenantCode.of(TestPlatform.uniqueCode(hint));
        provisioning.create(code, "长沙市岳麓创业培训学校", "430100");
        TenantContext.run(code, () -> {
            LecturerId lecturer = lecturers.register(new NewLecturer("谭志强", "13900000001", "CYPX-2026-001",
                    Set.of(CourseType.SYB), null));
            CohortId cohort = cohorts.create(new NewCohort("2026 年第 1 期 SYB 班", CourseType.SYB,
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 11),
                    new Venue("长沙市岳麓区麓山南路 1 号", 28.17, 112.93), 30, lecturer));
            for (int i = 1; i <= 3; i++) {
                TraineeId trainee = trainees.register(new NewTrainee("学员" + i, idCard(i), "1380000000" + i, null));
                if (i < 3) {
                    cohorts.enrol(cohort, trainee);
                }
            }
        });
        String bucket = "kc-" + code;
        store.put(bucket, "plans/商业计划书.pdf", "%PDF-1.7 计划".getBytes(StandardCharsets.UTF_8), "application/pdf");
        store.put(bucket, "photos/check-in 1.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3}, "image/jpeg");
        store.put(bucket, "empty.txt", new byte[0], "text/plain");
        return code;
    }

    private byte[] bytes(String bucket, String key) throws IOException {
        try (InputStream in = store.get(bucket, key)) {
            return in.readAllBytes();
        }
    }

    static IdCardNumber idCard(int n) {
        String first17 = "43010419900101" + String.format("%03d", n);
        return IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
    }
}
