package cn.kaichuang.question.internal;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.question.Bank;
import cn.kaichuang.question.QuestionSeed;
import cn.kaichuang.question.QuestionStatus;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the seed questions into the province bank as published, once: a question whose seed key is
 * already there is left as the province has since edited it.
 */
@Component
public class ProvinceBankSeeding {

    private static final Logger log = LoggerFactory.getLogger(ProvinceBankSeeding.class);

    private final QuestionTables tables;
    private final AuditTrail audit;
    private final Clock clock;

    private final boolean onStart;

    ProvinceBankSeeding(QuestionTables tables, AuditTrail audit, Optional<Clock> clock,
            @Value("${kaichuang.startup-tasks.enabled:true}") boolean onStart) {
        this.onStart = onStart;
        this.tables = tables;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (onStart) {
            seed();
        }
    }

    /** Adds the seed questions not yet there; how many it added. */
    public int seed() {
        long started = System.nanoTime();
        int added = tables.call(Bank.PROVINCE, () -> {
            QuestionTable table = tables.of(Bank.PROVINCE);
            int count = 0;
            Set<String> present = table.seedKeys();
            for (QuestionSeed.Entry entry : QuestionSeed.load()) {
                if (!present.contains(entry.key())) {
                    table.insert(entry.draft(), QuestionStatus.PUBLISHED, "system", clock.instant(), entry.key());
                    count++;
                }
            }
            if (count > 0) {
                audit.recordPlatform(AuditEvent.changed("question.seeded", "question", "*", null, count + " published"));
            }
            return count;
        });
        if (added > 0) {
            log.info("Seeded the province question bank with {} questions in {} ms", added,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return added;
    }
}
