package cn.kaichuang.selfassessment.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Seeds version 1 once the platform schema is migrated; a second start (or node) finds it there. */
@Component
class InstrumentSeed {

    private final InstrumentTable table;
    private final Clock clock;

    InstrumentSeed(InstrumentTable table, Optional<Clock> clock) {
        this.table = table;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (table.latestVersion().isEmpty()) {
            table.insert(1, FirstInstrument.get(), "system", clock.instant());
        }
    }
}
