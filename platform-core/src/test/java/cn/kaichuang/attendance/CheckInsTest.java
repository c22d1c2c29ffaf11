package cn.kaichuang.attendance;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.attendance.SessionAttendance.Method;
import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.SessionId;
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
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import cn.kaichuang.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.TenantBuckets;
import cn.kaichuang.storage.testsupport.TestS3Server;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.imageio.ImageIO;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

@PlatformTest
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "kaichuang.check-in.photo-max-bytes=4096")
class CheckInsTest {

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        TestS3Server.registerProperties(registry);
        // Buckets of this context's own: other contexts in the JVM provision institutions of the same codes.
        registry.add("kaichuang.storage.bucket-prefix",
                () -> "ci" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF)) + "-");
    }

    private static final AtomicInteger PEOPLE = new AtomicInteger(500);
    // The venue; 0.001° of latitude is about 111 m.
    private static final double LAT = 28.2282;
    private static final double LON = 112.9388;

    private final CheckIns checkIns;
    private final RollCalls rollCalls;
    private final AttendanceDesk desk;
    private final AttendanceRecords records;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final MutableClock clock;
    private final TenantCode tenant;
    private final TenantCode other;
    private final Caller admin;

    @Autowired
    CheckInsTest(CheckIns checkIns, RollCalls rollCalls, AttendanceDesk desk, AttendanceRecords records,
            Cohorts cohorts, Trainees trainees, Lecturers lecturers, AuditTrail audit, JdbcClient jdbc,
            MutableClock clock, TenantProvisioning provisioning, TenantDirectory directory) {
        this.checkIns = checkIns;
        this.rollCalls = rollCalls;
        this.desk = desk;
        this.records = records;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenant = Tenants.ensure(provisioning, directory, "checkin");
        this.other = Tenants.ensure(provisioning, directory, "checkin2");
        this.admin = caller("checkin-admin", Role.INSTITUTION_ADMIN, "checkin", null);
    }

    @Test
    void aTraineeInsideTheFenceChecksInOnceAndTheLecturerSeesIt() {
        Fixture f = fixture(tenant, 2, false);
        String token = as(f.lecturer, () -> TenantContext.call(tenant, () -> {
            CheckInWindow window = checkIns.open(f.session, WindowSettings.DEFAULTS);
            assertThat(window.radiusMeters()).isEqualTo(300);
            return checkIns.token(window.id());
        }));
        CheckedIn done = inTenant(f.trainees.getFirst(), () -> checkIns.checkIn(token, near(100), null));
        assertThat(done.distanceMeters()).isBetween(95, 105);
        assertThat(inTenant(f.lecturer, () -> checkIns.count(f.session))).isEqualTo(1);

        String at = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(done.at().atZone(ZoneId.of("Asia/Shanghai")));
        assertRefused(f.trainees.getFirst(), token, near(10), null, "checkin.error.twice", at);
        List<SessionAttendance> rows = inTenant(f.lecturer, () -> desk.ofSession(f.session));
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().method()).isEqualTo(Method.CHECK_IN);
        assertThat(rows.get(1).method()).isNull();
        assertThat(jdbc.sql("select latitude, distance_m from " + tenant.schemaName() + ".attendance_record where"
                + " session_id = ?").param(f.session.value()).query().singleRow()).containsKey("latitude");
        // The group commit's batched entries are links like any other.
        assertThat(inTenant(admin, () -> audit.verify(tenant)).firstBrokenSeq()).isNull();
    }

    @Test
    void badInputIsRefusedWithItsReasonAuditedAndNothingWritten() {
        Fixture f = fixture(tenant, 1, true);
        Caller trainee = f.trainees.getFirst();
        long window = inTenant(f.lecturer, () -> checkIns.open(f.session,
                new WindowSettings(200, 50, true)).id());
        String token = inTenant(f.lecturer, () -> checkIns.token(window));
        long before = lastSeq();

        assertRefused(trainee, token.substring(0, token.length() - 3) + "AAA", near(10), f.lastFour,
                "checkin.error.forged");
        assertRefused(trainee, "nonsense", near(10), f.lastFour, "checkin.error.forged");
        assertRefused(trainee, token, near(450), f.lastFour, "checkin.error.outside", "450", "200");
        assertRefused(trainee, token, new Position(LAT, LON, 80), f.lastFour, "checkin.error.inaccurate", "80", "50");
        assertRefused(trainee, token, near(10), "0000", "checkin.error.id-digits");
        assertRefused(trainee, token, near(10), null, "checkin.error.id-digits");
        Fixture stranger = fixture(tenant, 1, false);
        assertRefused(stranger.trainees.getFirst(), token, near(10), null, "checkin.error.not-enrolled");

        String otherToken = inTenant(other, fixtureLecturerToken(other));
        assertRefused(trainee, otherToken, near(10), f.lastFour, "checkin.error.forged");

        clock.advance(Duration.ofSeconds(61));
        assertRefused(trainee, token, near(10), f.lastFour, "checkin.error.expired");

        assertThat(attendanceRows(f.session)).isZero();
        List<AuditEntry> refusals = inTenant(admin, () -> audit.recent(tenant, "attendance.check-in-refused", 50))
                .stream().filter(e -> e.seq() > before).toList();
        assertThat(refusals).hasSize(9);

        // Closed: a fresh token of a closed window is refused too.
        String fresh = inTenant(f.lecturer, () -> checkIns.token(window));
        inTenant(f.lecturer, () -> {
            checkIns.close(window);
            return null;
        });
        assertRefused(trainee, fresh, near(10), f.lastFour, "checkin.error.window-closed");
        assertThat(attendanceRows(f.session)).isZero();
        // The right digits inside the fence in an open window do it.
        String reopened = inTenant(f.lecturer, () -> checkIns.token(checkIns.open(f.session,
                new WindowSettings(200, 50, true)).id()));
        assertThat(inTenant(trainee, () -> checkIns.checkIn(reopened, near(10), f.lastFour))).isNotNull();
        assertThat(attendanceRows(f.session)).isEqualTo(1);
    }

    @Test
    void anotherLecturerOrAnotherInstitutionsAdminCannotRunTheSession() {
        Fixture f = fixture(tenant, 1, false);
        Fixture colleague = fixture(tenant, 1, false);
        assertThatThrownBy(() -> inTenant(colleague.lecturer, () -> checkIns.open(f.session, WindowSettings.DEFAULTS)))
                .isInstanceOf(CheckInRefusedException.class).hasMessage("checkin.error.session-not-found");
        Caller foreignAdmin = caller("checkin2-admin", Role.INSTITUTION_ADMIN, "checkin2", null);
        assertThatThrownBy(() -> inTenant(foreignAdmin, () -> desk.ofSession(f.session)))
                .isInstanceOf(CheckInRefusedException.class).hasMessage("checkin.error.session-not-found");
        assertThat(as(caller("province", Role.PROVINCE_ADMIN, null, null),
                () -> audit.recent(null, "access.refused", 20)))
                .anySatisfy(e -> assertThat(e.subjectId()).isEqualTo("checkin/" + f.session.value()));
    }

    @Test
    void rollCallAnswersCountOnlyWithinTwoMinutes() {
        Fixture f = fixture(tenant, 2, false);
        String token = inTenant(f.lecturer, () -> checkIns.token(checkIns.open(f.session, WindowSettings.DEFAULTS).id()));
        f.trainees.forEach(t -> inTenant(t, () -> checkIns.checkIn(token, near(20), null)));
        clock.advance(Duration.ofMinutes(6)); // the session has started
        long call = inTenant(f.lecturer, () -> rollCalls.start(f.session));
        assertThat(inTenant(f.trainees.getFirst(), rollCalls::pending)).extracting(RollCallPrompt::id).contains(call);
        inTenant(f.trainees.getFirst(), () -> {
            rollCalls.answer(call);
            return null;
        });
        assertThat(inTenant(f.trainees.getFirst(), rollCalls::pending)).extracting(RollCallPrompt::id)
                .doesNotContain(call);
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> inTenant(f.trainees.get(1), () -> {
            rollCalls.answer(call);
            return null;
        })).isInstanceOf(CheckInRefusedException.class).hasMessage("checkin.error.roll-call-late");
        RollCalls.RollCallResult result = inTenant(f.lecturer, () -> rollCalls.latest(f.session)).orElseThrow();
        assertThat(result.asked()).isEqualTo(2);
        assertThat(result.answeredTrainees()).containsExactly(f.ids.getFirst().value());
        assertThat(inTenant(f.lecturer, () -> desk.ofSession(f.session)))
                .extracting(SessionAttendance::answeredRollCall).containsExactly(true, false);
    }

    @Test
    void leaveAndCorrectionsAreAuditedAndCountAsTheyShould() {
        Fixture f = fixture(tenant, 2, false);
        long leave = inTenant(f.trainees.getFirst(), () -> desk.requestLeave(f.session, "发烧就医"));
        assertThatThrownBy(() -> inTenant(f.trainees.get(1), () -> desk.requestLeave(f.session, "  ")))
                .isInstanceOf(CheckInRefusedException.class).hasMessage("checkin.error.reason");
        assertThat(inTenant(f.lecturer, () -> desk.leaves(f.session))).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(LeaveRequest.Status.PENDING));
        inTenant(f.lecturer, () -> {
            desk.decideLeave(leave, true);
            return null;
        });
        assertThatThrownBy(() -> inTenant(f.lecturer, () -> {
            desk.decideLeave(leave, false);
            return null;
        })).isInstanceOf(CheckInRefusedException.class).hasMessage("checkin.error.leave-decided");

        assertThatThrownBy(() -> inTenant(f.lecturer, () -> {
            desk.correct(f.session, f.ids.get(1), true, "");
            return null;
        })).isInstanceOf(CheckInRefusedException.class).hasMessage("checkin.error.reason");
        assertThat(attendanceRows(f.session)).isEqualTo(1);
        long before = lastSeq();
        inTenant(f.lecturer, () -> {
            desk.correct(f.session, f.ids.get(1), true, "手机没电，现场确认在场");
            return null;
        });
        List<AuditEntry> corrections = inTenant(admin, () -> audit.recent(tenant, "attendance.corrected", 5)).stream()
                .filter(e -> e.seq() > before).toList();
        assertThat(corrections).singleElement().satisfies(e -> {
            assertThat(e.beforeDigest()).isNotNull();
            assertThat(e.afterDigest()).isNotNull();
            assertThat(e.actor()).isEqualTo(f.lecturer.username());
        });
        assertThat(inTenant(f.lecturer, () -> desk.ofSession(f.session))).extracting(SessionAttendance::method)
                .containsExactly(Method.LEAVE, Method.CORRECTION);
        // Leave excuses, but is no attendance; the corrected trainee attended the one session.
        CohortId cohort = f.cohort;
        assertThat(inTenant(admin, () -> records.completionPercent(cohort, f.ids.get(0)))).hasValue(0);
        assertThat(inTenant(admin, () -> records.completionPercent(cohort, f.ids.get(1)))).hasValue(100);
        clock.advance(Duration.ofMinutes(6)); // the session has started: it counts as held
        assertThat(inTenant(f.lecturer, () -> desk.ofCohort(cohort))).extracting(TraineeAttendance::present,
                TraineeAttendance::excused, TraineeAttendance::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(1, 0, 100));
        Fixture colleague = fixture(tenant, 1, false);
        assertThat(inTenant(colleague.lecturer, () -> desk.ofCohort(cohort))).isEmpty();
        inTenant(f.lecturer, () -> {
            desk.correct(f.session, f.ids.get(1), false, "误操作撤销");
            return null;
        });
        assertThat(attendanceRows(f.session)).isEqualTo(1);
    }

    @Autowired
    ObjectStore store;

    @Autowired
    TenantBuckets buckets;

    @Test
    void aPhotoOfTheWrongTypeOrTooLargeRefusesTheCheckInAndAGoodOneIsStoredWithItsHash() throws Exception {
        Fixture f = fixture(tenant, 1, false);
        Caller trainee = f.trainees.getFirst();
        String token = inTenant(f.lecturer, () -> checkIns.token(checkIns.open(f.session, WindowSettings.DEFAULTS).id()));
        assertThatThrownBy(() -> inTenant(trainee, () -> checkIns.checkIn(token, near(10), null,
                new ByteArrayInputStream("%PDF-1.4 not a photo".getBytes()))))
                .isInstanceOfSatisfying(CheckInRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("checkin.error.photo-type"));
        byte[] large = new byte[5000];
        byte[] header = png();
        System.arraycopy(header, 0, large, 0, header.length);
        assertThatThrownBy(() -> inTenant(trainee, () -> checkIns.checkIn(token, near(10), null,
                new ByteArrayInputStream(large))))
                .isInstanceOfSatisfying(CheckInRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("checkin.error.photo-size");
                    assertThat(e.arguments()).containsExactly("4");
                });
        assertThat(attendanceRows(f.session)).isZero();

        byte[] photo = png();
        inTenant(trainee, () -> checkIns.checkIn(token, near(10), null, new ByteArrayInputStream(photo)));
        Map<String, Object> row = jdbc.sql("select photo_key, photo_sha256 from " + tenant.schemaName()
                + ".attendance_record where session_id = ?").param(f.session.value()).query().singleRow();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        assertThat(row.get("photo_sha256")).isEqualTo(sha);
        try (var in = store.get(buckets.bucketFor(tenant.value()), (String) row.get("photo_key"))) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
    }

    private static byte[] png() throws java.io.IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "PNG", out);
        return out.toByteArray();
    }

    private Supplier<String> fixtureLecturerToken(TenantCode code) {
        return () -> {
            Fixture f = fixture(code, 1, false);
            return as(f.lecturer, () -> checkIns.token(checkIns.open(f.session, WindowSettings.DEFAULTS).id()));
        };
    }

    private void assertRefused(Caller trainee, String token, Position position, String lastFour, String key,
            String... arguments) {
        assertThatThrownBy(() -> inTenant(trainee, () -> checkIns.checkIn(token, position, lastFour)))
                .isInstanceOfSatisfying(CheckInRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }

    /** A position {@code metres} north of the venue, accurate to 20 m. */
    private static Position near(int metres) {
        return new Position(LAT + metres / 111_195.0, LON, 20);
    }

    private long attendanceRows(SessionId session) {
        return jdbc.sql("select count(*) from " + tenant.schemaName() + ".attendance_record where session_id = ?")
                .param(session.value()).query(Long.class).single();
    }

    private long lastSeq() {
        return inTenant(admin, () -> audit.recent(tenant, "", 1)).stream().mapToLong(AuditEntry::seq).max().orElse(0);
    }

    private record Fixture(CohortId cohort, SessionId session, Caller lecturer, List<Caller> trainees,
            List<TraineeId> ids, String lastFour) {
    }

    /** A cohort led by its own lecturer, {@code size} trainees with logins, a session starting in 5 minutes. */
    private Fixture fixture(TenantCode code, int size, boolean unused) {
        String lecturerLogin = "ci-lecturer-" + PEOPLE.incrementAndGet();
        Caller system = Caller.SYSTEM;
        return TenantContext.call(code, () -> as(system, () -> {
            LecturerId lecturer = lecturers.register(new NewLecturer("签到讲师" + PEOPLE.get(), null,
                    "CI-" + PEOPLE.incrementAndGet(), Set.of(CourseType.GYB), lecturerLogin));
            CohortId cohort = cohorts.create(new NewCohort("GYB 签到" + PEOPLE.incrementAndGet() + "期", CourseType.GYB,
                    LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 13), new Venue("长沙市岳麓区", LAT, LON), 30,
                    lecturer));
            List<Caller> callers = new java.util.ArrayList<>();
            List<TraineeId> ids = new java.util.ArrayList<>();
            String lastFour = null;
            for (int i = 0; i < size; i++) {
                String login = "ci-trainee-" + PEOPLE.incrementAndGet();
                String first17 = "43010419900101%03d".formatted(PEOPLE.get() % 1000);
                IdCardNumber idCard = IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
                lastFour = idCard.value().substring(14);
                TraineeId id = trainees.register(new NewTrainee("学员" + PEOPLE.get(), idCard, null, login));
                cohorts.enrol(cohort, id);
                callers.add(caller(login, Role.TRAINEE, code.value(), null));
                ids.add(id);
            }
            LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).plusMinutes(5);
            long session = jdbc.sql("insert into " + code.schemaName() + ".cohort_session (cohort_id, starts_at, ends_at,"
                            + " topic, venue_address, venue_lat, venue_lon, lecturer_id) values (?, ?, ?, '市场调研',"
                            + " '长沙市岳麓区', ?, ?, ?) returning id")
                    .params(cohort.value(), start, start.plusHours(3), LAT, LON, lecturer.value())
                    .query(Long.class).single();
            return new Fixture(cohort, new SessionId(session),
                    caller(lecturerLogin, Role.LECTURER, code.value(), null), callers, ids, lastFour);
        }));
    }

    private <T> T inTenant(Caller who, Supplier<T> work) {
        return TenantContext.call(tenant, () -> as(who, work));
    }

    private <T> T inTenant(TenantCode code, Supplier<T> work) {
        return TenantContext.call(code, work);
    }
}
