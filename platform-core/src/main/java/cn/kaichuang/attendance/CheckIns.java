package cn.kaichuang.attendance;

import cn.kaichuang.attendance.internal.CheckInPhotos;
import cn.kaichuang.attendance.internal.CheckInTokens;
import cn.kaichuang.attendance.internal.SessionRow;
import cn.kaichuang.attendance.internal.WindowRosters;
import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.SessionId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.protection.RateLimits;
import cn.kaichuang.storage.StagedUpload;
import cn.kaichuang.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Check-in windows and the trainees' check-ins (TA-1). A refusal writes nothing but its audit entry,
 * hence {@code noRollbackFor}: the entry is committed, the attempt is not. A check-in's writes go
 * through {@link CheckInGroupCommit}.
 */
@Service
@Transactional(noRollbackFor = CheckInRefusedException.class)
public class CheckIns {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final String INSERT_RECORD = "insert into attendance_record (session_id, trainee_id,"
            + " checked_in_at, method, latitude, longitude, accuracy_m, distance_m, window_id, photo_key,"
            + " photo_sha256) values (?, ?, ?, 'CHECK_IN', ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";

    private final EntityManager entityManager;
    private final AttendanceAccess access;
    private final CheckInTokens tokens;
    private final CheckInPhotos photos;
    private final CheckInProperties properties;
    private final RateLimits rateLimits;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final CheckInGroupCommit groupCommit;
    private final WindowRosters rosters;

    CheckIns(EntityManager entityManager, AttendanceAccess access, CheckInTokens tokens, CheckInPhotos photos,
            CheckInProperties properties, RateLimits rateLimits, AccessPolicy policy, AuditTrail audit, Optional<Clock> clock,
            CheckInGroupCommit groupCommit, WindowRosters rosters) {
        this.entityManager = entityManager;
        this.access = access;
        this.tokens = tokens;
        this.photos = photos;
        this.properties = properties;
        this.rateLimits = rateLimits;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
        this.groupCommit = groupCommit;
        this.rosters = rosters;
    }

    /**
     * Opens a window from now until {@code after} past the session's start (or {@code after} from now
     * when opened late), from {@code before} the start until the session ends.
     */
    public CheckInWindow open(SessionId sessionId, WindowSettings settings) {
        SessionRow session = access.managed(sessionId.value(), "check-in.open");
        Instant now = clock.instant();
        Instant start = session.startsAt().atZone(CHINA).toInstant();
        Instant end = session.endsAt().atZone(CHINA).toInstant();
        if (now.isBefore(start.minus(properties.before())) || !now.isBefore(end)) {
            throw new CheckInRefusedException("checkin.error.not-now");
        }
        int radius = settings.radiusMeters() == null ? properties.radiusMeters() : settings.radiusMeters();
        int accuracy = settings.accuracyLimitMeters() == null ? properties.accuracyLimitMeters()
                : settings.accuracyLimitMeters();
        if (radius < 10 || radius > 5000 || accuracy < 5 || accuracy > 5000) {
            throw new CheckInRefusedException("checkin.error.bad-settings");
        }
        current(sessionId).ifPresent(w -> close(w.id()));
        Instant closes = start.plus(properties.after());
        if (!closes.isAfter(now)) {
            closes = now.plus(properties.after());
        }
        Number id = (Number) entityManager.createNativeQuery("insert into check_in_window (session_id, opens_at,"
                        + " closes_at, radius_m, accuracy_limit_m, require_id_digits, opened_by) values (?1, ?2, ?3, ?4,"
                        + " ?5, ?6, ?7) returning id")
                .setParameter(1, session.id()).setParameter(2, Timestamp.from(now)).setParameter(3, Timestamp.from(closes))
                .setParameter(4, radius).setParameter(5, accuracy).setParameter(6, settings.requireIdDigits())
                .setParameter(7, policy.caller().username()).getSingleResult();
        CheckInWindow window = new CheckInWindow(id.longValue(), sessionId, now, closes, radius, accuracy,
                settings.requireIdDigits(), false);
        audit.record(AuditEvent.created("check-in-window", window.id(), window));
        return window;
    }

    public void close(long windowId) {
        CheckInWindow window = window(windowId).orElseThrow(() -> new CheckInRefusedException("checkin.error.window-closed"));
        access.managed(window.session().value(), "check-in.close");
        entityManager.createNativeQuery("update check_in_window set closed_at = ?1 where id = ?2 and closed_at is null")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, windowId).executeUpdate();
        audit.record(AuditEvent.changed("check-in-window.closed", "check-in-window", windowId, window, null));
        // Once committed, check-ins here see it closed at once, not when the roster would have expired.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                rosters.forget(windowId);
            }
        });
    }

    /** The session's window that is open now, for its lecturer. */
    @Transactional(readOnly = true)
    public Optional<CheckInWindow> current(SessionId sessionId) {
        access.managed(sessionId.value(), "check-in.read");
        Instant now = clock.instant();
        return windows("where session_id = ?1 order by id desc", sessionId.value()).stream()
                .filter(w -> w.openAt(now)).findFirst();
    }

    /** The token the QR code shows now; it is good for this step and the next. */
    @Transactional(readOnly = true)
    public String token(long windowId) {
        CheckInWindow window = window(windowId).filter(w -> w.openAt(clock.instant()))
                .orElseThrow(() -> new CheckInRefusedException("checkin.error.window-closed"));
        access.managed(window.session().value(), "check-in.token");
        return tokens.issue(TenantContext.require().value(), window.session().value(), windowId, clock.instant());
    }

    /** How many trainees have checked in to the session so far. */
    @Transactional(readOnly = true)
    public int count(SessionId sessionId) {
        access.managed(sessionId.value(), "check-in.read");
        return ((Number) entityManager.createNativeQuery("select count(*) from attendance_record where session_id = ?1"
                + " and method <> 'LEAVE'").setParameter(1, sessionId.value()).getSingleResult()).intValue();
    }

    /**
     * The signed-in trainee checks in with the token from the QR code and the phone's position.
     * Checks, in order: rate, token, window, enrolment, one per session, geofence, ID digits.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CheckedIn checkIn(String token, Position position, @Nullable String idLastFour) {
        return checkIn(token, position, idLastFour, null);
    }

    /**
     * {@link #checkIn(String, Position, String)} with photo evidence (JPEG or PNG, size limited), kept
     * in the institution's bucket with its SHA-256; a refused photo refuses the check-in.
     * <p>The checks read the window's roster ({@link WindowRosters}: window, venue, enrolment and
     * earlier check-ins, read once per window and kept a few seconds), so a check-in queries nothing
     * before its insert; the insert and its audit entry, or a refusal's audit entry, go to the
     * {@link CheckInGroupCommit}, which commits many check-ins at once. The unique key of (session,
     * trainee) decides a race between two taps, or with a check-in the roster has not seen.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CheckedIn checkIn(String token, Position position, @Nullable String idLastFour,
            @Nullable InputStream photo) {
        TraineeView trainee = access.trainee();
        Instant now = clock.instant();
        Object subject = "-";
        WindowRosters.Roster roster;
        double distance;
        String photoKey = null;
        String photoHash = null;
        try {
            if (!rateLimits.tryConsume(RateLimits.CHECK_IN, trainee.username() == null ? "-" : trainee.username())
                    .allowed()) {
                throw new CheckInRefusedException("checkin.error.too-many");
            }
            CheckInTokens.Claims claims = tokens.verify(token, now);
            subject = claims.session();
            if (!claims.tenant().equals(TenantContext.require().value())) {
                throw new CheckInRefusedException("checkin.error.forged");
            }
            roster = rosters.of(claims.window()).filter(r -> r.window().session().value() == claims.session())
                    .orElseThrow(() -> new CheckInRefusedException("checkin.error.forged"));
            CheckInWindow window = roster.window();
            if (!window.openAt(now)) {
                throw new CheckInRefusedException("checkin.error.window-closed");
            }
            if (!roster.enrolled(trainee.id().value())) {
                throw new CheckInRefusedException("checkin.error.not-enrolled");
            }
            Instant earlier = roster.earlier(trainee.id().value());
            if (earlier != null) {
                throw new CheckInRefusedException("checkin.error.twice", HOUR_MINUTE.format(earlier.atZone(CHINA)));
            }
            if (!position.valid()) {
                throw new CheckInRefusedException("checkin.error.no-position");
            }
            if (position.accuracyMeters() > window.accuracyLimitMeters()) {
                throw new CheckInRefusedException("checkin.error.inaccurate",
                        String.valueOf(Math.round(position.accuracyMeters())),
                        String.valueOf(window.accuracyLimitMeters()));
            }
            distance = position.distanceTo(roster.venueLat(), roster.venueLon());
            if (distance > window.radiusMeters()) {
                throw new CheckInRefusedException("checkin.error.outside", String.valueOf(Math.round(distance)),
                        String.valueOf(window.radiusMeters()));
            }
            if (window.requireIdDigits() && (idLastFour == null
                    || !trainee.idCard().value().toUpperCase().endsWith(idLastFour.strip().toUpperCase())
                    || idLastFour.strip().length() != 4)) {
                throw new CheckInRefusedException("checkin.error.id-digits");
            }
            if (photo != null) {
                try (StagedUpload staged = photos.receive(photo)) {
                    photoKey = CheckInPhotos.key(staged, claims.session(), trainee.id().value());
                    photos.store(staged, photoKey);
                    photoHash = staged.sha256Hex();
                }
            }
        } catch (CheckInRefusedException refusal) {
            Object refusedSubject = subject;
            return groupCommit.write(entries -> {
                entries.add(audit.actor(), access.refusal("attendance.check-in-refused", refusedSubject, refusal));
                throw refusal;
            });
        }
        CheckedIn done = insert(trainee, now, position, distance, roster, photoKey, photoHash);
        rosters.checkedIn(roster.window().id(), trainee.id().value(), now);
        return done;
    }

    /** The check-in row and its audit entry, committed with others by the group commit. */
    private CheckedIn insert(TraineeView trainee, Instant now, Position position, double distance,
            WindowRosters.Roster roster, @Nullable String photoKey, @Nullable String photoHash) {
        CheckInWindow window = roster.window();
        long session = window.session().value();
        return groupCommit.write(entries -> {
            int inserted = insertRecord(session, trainee.id().value(), now, position, distance, window.id(), photoKey,
                    photoHash);
            if (inserted == 0) {
                // A second tap raced the first one past the check above.
                CheckInRefusedException twice = new CheckInRefusedException("checkin.error.twice",
                        HOUR_MINUTE.format(now.atZone(CHINA)));
                entries.add(audit.actor(), access.refusal("attendance.check-in-refused", session, twice));
                throw twice;
            }
            CheckedIn done = new CheckedIn(session, roster.topic(), now, (int) Math.round(distance));
            entries.add(audit.actor(), AuditEvent.changed("attendance.checked-in", "cohort-session", session, null,
                    "trainee " + trainee.id().value() + " " + done));
            return done;
        });
    }

    /**
     * Plain JDBC on the batch transaction's connection: through Hibernate's native query the insert
     * cost about as much CPU again as its database round trip, on every check-in.
     */
    private int insertRecord(long session, long trainee, Instant now, Position position, double distance,
            long window, @Nullable String photoKey, @Nullable String photoHash) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_RECORD)) {
                insert.setLong(1, session);
                insert.setLong(2, trainee);
                insert.setObject(3, now.atOffset(ZoneOffset.UTC));
                insert.setDouble(4, position.latitude());
                insert.setDouble(5, position.longitude());
                insert.setDouble(6, position.accuracyMeters());
                insert.setDouble(7, distance);
                insert.setLong(8, window);
                insert.setString(9, photoKey);
                insert.setString(10, photoHash);
                return insert.executeUpdate();
            }
        });
    }

    Optional<CheckInWindow> window(long id) {
        return windows("where id = ?1", id).stream().findFirst();
    }

    private List<CheckInWindow> windows(String where, long parameter) {
        return entityManager.createNativeQuery("select id, session_id, opens_at, closes_at, radius_m, accuracy_limit_m,"
                        + " require_id_digits, closed_at from check_in_window " + where).setParameter(1, parameter)
                .getResultList().stream().map(row -> {
                    Object[] c = (Object[]) row;
                    return new CheckInWindow(((Number) c[0]).longValue(), new SessionId(((Number) c[1]).longValue()),
                            instant(c[2]), instant(c[3]), ((Number) c[4]).intValue(), ((Number) c[5]).intValue(),
                            (Boolean) c[6], c[7] != null);
                }).toList();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case Timestamp t -> t.toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp " + value.getClass());
        };
    }
}
