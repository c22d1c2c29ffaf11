package cn.kaichuang.app.monitoring;

import cn.kaichuang.operations.RequestFigures;
import cn.kaichuang.operations.RequestStatistics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes this replica's request counts to {@link RequestStatistics} once a minute. Spring's
 * scheduler, not Quartz: Quartz's clustered store runs a job on one replica, but every replica
 * has its own counts to write.
 */
@Component
class RequestSampler {

    static final Duration RETENTION = Duration.ofDays(30);
    private static final Logger LOG = LoggerFactory.getLogger(RequestSampler.class);

    private final RequestMeter meter;
    private final RequestStatistics statistics;
    private final String replica;
    private final Clock clock = Clock.systemUTC();
    private Instant since;

    RequestSampler(RequestMeter meter, RequestStatistics statistics,
            @Value("${kaichuang.replica-id:${HOSTNAME:local}}") String replica) {
        this.meter = meter;
        this.statistics = statistics;
        this.replica = replica.length() > 100 ? replica.substring(0, 100) : replica;
        this.since = clock.instant();
    }

    /** Counts are filed under the minute their period began. */
    @Scheduled(cron = "${kaichuang.request-sampling.cron:0 * * * * *}")
    synchronized void sample() {
        Instant began = since;
        since = clock.instant();
        List<RequestFigures> samples = meter.drain();
        if (!samples.isEmpty()) {
            statistics.record(began, replica, samples);
        }
    }

    @Scheduled(cron = "0 7 * * * *")
    void deleteOld() {
        int deleted = statistics.deleteBefore(clock.instant().minus(RETENTION));
        LOG.debug("Deleted {} request statistics rows older than {}", deleted, RETENTION);
    }
}
