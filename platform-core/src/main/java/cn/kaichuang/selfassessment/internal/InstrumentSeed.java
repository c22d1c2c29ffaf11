package cn.kaichuang.selfassessment.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Seeds version 1 once the platform schema is migrated; a second start (or node) finds it there. */
@Component
class InstrumentSeed {

    private static final Logger log = LoggerFactory.getLogger(InstrumentSeed.class);

    private final InstrumentTable table;
    private final Clock clock;

    InstrumentSeed(InstrumentTable table, Optional<Clock> clock) {
        this.table = table;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        try {
            if (table.latestVersion().isEmpty()) {
                table.insert(1, FirstInstrument.get(), "system", clock.instant());
            }
        } catch (DataAccessException e) {
            // A process that has not migrated schema platform (the CLI before its first command):
            // SelfAssessments.current() seeds on first use instead.
            log.debug("Self-assessment instrument not seeded at start: {}", e.getMessage());
        }
    }
}
