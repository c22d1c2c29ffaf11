package cn.kaichuang.outreach;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.outreach.internal.LiveTable;
import cn.kaichuang.outreach.internal.OutreachTransaction;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Live sessions (FS-1): scheduled broadcasts from an external HLS stream, played in the page;
 * a trainee who opens one while it runs is recorded as attending; afterwards a replay link.
 */
@Service
public class LiveSessions {

    public enum Phase {
        UPCOMING, LIVE, ENDED
    }

    public record Live(long id, String title, String description, String streamUrl, @Nullable String replayUrl,
            Instant startsAt, Instant endsAt, long attendees, Phase phase) {
    }

    public record Attendee(String tenant, String username, String displayName, Instant joinedAt) {
    }

    private final LiveTable table;
    private final OutreachTransaction transaction;
    private final OutreachAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    LiveSessions(LiveTable table, OutreachTransaction transaction, OutreachAccess access, AuditTrail audit,
            Optional<Clock> clock) {
        this.table = table;
        this.transaction = transaction;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * An HLS playlist address: http(s) with a host, the path ending in {@code .m3u8}, no user info.
     *
     * @throws OutreachException if it is not one
     */
    public static String hlsUrl(@Nullable String url) {
        String value = url == null ? "" : url.strip();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && uri.getUserInfo() == null
                    && uri.getPath() != null && uri.getPath().toLowerCase(Locale.ROOT).endsWith(".m3u8")
                    && value.length() <= 500) {
                return value;
            }
        } catch (URISyntaxException e) {
            // falls through to the refusal
        }
        throw new OutreachException("outreach.error.hls", value);
    }

    public long schedule(String title, String description, String streamUrl, Instant startsAt, Instant endsAt) {
        Caller caller = access.requireCurator("live.schedule");
        String name = Texts.required(title, 200, "outreach.error.title");
        String text = Texts.optional(description, 2000, "outreach.error.description");
        String url = hlsUrl(streamUrl);
        if (!endsAt.isAfter(startsAt)) {
            throw new OutreachException("outreach.error.times");
        }
        return transaction.call(() -> {
            long id = table.insert(name, text, url, startsAt, endsAt, caller.username(), clock.instant());
            audit.recordPlatform(AuditEvent.created("live", id, name));
            return id;
        });
    }

    /** Sets the replay address once the session is over (any http(s) address, often an .m3u8 or .mp4). */
    public void setReplay(long id, String url) {
        access.requireCurator("live.replay");
        String value = url == null ? "" : url.strip();
        if (!value.matches("(?i)https?://[^\\s/@]+/\\S*") || value.length() > 500) {
            throw new OutreachException("outreach.error.replay", value);
        }
        LiveTable.Row row = table.find(id).orElseThrow(() -> new OutreachException("outreach.error.not-found", String.valueOf(id)));
        transaction.run(() -> {
            table.setReplay(id, value);
            audit.recordPlatform(AuditEvent.changed("live.replay", "live", id, row.replayUrl(), value));
        });
    }

    /** Every session, the latest first, for everyone signed in. */
    public List<Live> all() {
        access.caller();
        return table.all().stream().map(this::live).toList();
    }

    /**
     * Opens a session; a trainee opening it while it runs is recorded as attending.
     * Empty for an unknown session.
     */
    public Optional<Live> open(long id) {
        Caller caller = access.caller();
        Optional<Live> live = table.find(id).map(this::live);
        if (live.isPresent() && live.get().phase() == Phase.LIVE && caller.is(Role.TRAINEE)) {
            Participant me = access.participant(caller);
            transaction.run(() -> {
                if (table.attend(id, me.tenant(), me.username(), me.displayName(), clock.instant())) {
                    audit.recordPlatform(AuditEvent.changed("live.attended", "live", id, null,
                            me.tenant() + "/" + me.username()));
                }
            });
            return table.find(id).map(this::live);
        }
        return live;
    }

    public List<Attendee> attendance(long id) {
        access.requireCurator("live.attendance");
        return table.attendance(id).stream()
                .map(a -> new Attendee(a.tenant(), a.username(), a.displayName(), a.joinedAt())).toList();
    }

    private Live live(LiveTable.Row row) {
        Instant now = clock.instant();
        Phase phase = now.isBefore(row.startsAt()) ? Phase.UPCOMING : now.isBefore(row.endsAt()) ? Phase.LIVE : Phase.ENDED;
        return new Live(row.id(), row.title(), row.description(), row.streamUrl(), row.replayUrl(), row.startsAt(),
                row.endsAt(), row.attendees(), phase);
    }
}
