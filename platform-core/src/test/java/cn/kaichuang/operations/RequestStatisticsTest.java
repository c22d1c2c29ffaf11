package cn.kaichuang.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.kaichuang.testsupport.PlatformTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class RequestStatisticsTest {

    // Far from "now", so samples other tests write do not fall into the periods read here.
    private static final Instant T0 = Instant.parse("2001-03-04T05:00:00Z");

    @Autowired
    RequestStatistics statistics;

    @BeforeEach
    void clean() {
        statistics.deleteBefore(T0.plus(400, ChronoUnit.DAYS));
    }

    @Test
    void sumsReplicasAndMinutesPerEndpointAndOrdersByCount() {
        statistics.record(T0.plusSeconds(10), "a", List.of(
                new RequestFigures("GET /cohorts/{id}", 10, 1, 2, 1000, 300),
                new RequestFigures("POST /?v-r=uidl", 3, 0, 0, 30, 20)));
        statistics.record(T0, "b", List.of(new RequestFigures("GET /cohorts/{id}", 5, 0, 1, 500, 900)));
        statistics.record(T0.plus(1, ChronoUnit.MINUTES), "a",
                List.of(new RequestFigures("POST /?v-r=uidl", 2, 0, 0, 20, 15)));
        // The same replica and minute written twice adds up instead of failing.
        statistics.record(T0.plus(1, ChronoUnit.MINUTES), "a",
                List.of(new RequestFigures("POST /?v-r=uidl", 1, 1, 0, 10, 40)));

        Instant to = T0.plus(1, ChronoUnit.HOURS);
        List<RequestFigures> endpoints = statistics.endpoints(T0, to);
        assertThat(endpoints).extracting(RequestFigures::endpoint).containsExactly("GET /cohorts/{id}", "POST /?v-r=uidl");
        RequestFigures cohorts = endpoints.get(0);
        assertThat(cohorts.requests()).isEqualTo(15);
        assertThat(cohorts.serverErrors()).isEqualTo(3);
        assertThat(cohorts.errorRate()).isCloseTo(0.2, within(1e-9));
        assertThat(cohorts.maxMillis()).isEqualTo(900);
        assertThat(cohorts.averageMillis()).isEqualTo(100);
        assertThat(endpoints.get(1).requests()).isEqualTo(6);
        assertThat(endpoints.get(1).clientErrors()).isEqualTo(1);
        assertThat(endpoints.get(1).maxMillis()).isEqualTo(40);

        RequestFigures totals = statistics.totals(T0, to);
        assertThat(totals.requests()).isEqualTo(21);
        assertThat(totals.serverErrors()).isEqualTo(3);
        assertThat(totals.maxMillis()).isEqualTo(900);

        assertThat(statistics.series(T0, to, ChronoUnit.MINUTES))
                .extracting(b -> b.start(), b -> b.figures().requests())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(T0, 18L),
                        org.assertj.core.groups.Tuple.tuple(T0.plus(1, ChronoUnit.MINUTES), 3L));
        assertThat(statistics.series(T0, to, ChronoUnit.HOURS)).singleElement()
                .satisfies(b -> assertThat(b.figures().requests()).isEqualTo(21));
        // The period's end is exclusive.
        assertThat(statistics.totals(T0, T0.plus(1, ChronoUnit.MINUTES)).requests()).isEqualTo(18);
    }

    @Test
    void anEmptyPeriodHasZeroFiguresAndNoRows() {
        Instant to = T0.plus(1, ChronoUnit.HOURS);
        assertThat(statistics.totals(T0, to).requests()).isZero();
        assertThat(statistics.totals(T0, to).errorRate()).isZero();
        assertThat(statistics.endpoints(T0, to)).isEmpty();
        assertThat(statistics.series(T0, to, ChronoUnit.HOURS)).isEmpty();
    }

    @Test
    void retentionDeletesOnlyOlderMinutes() {
        statistics.record(T0, "a", List.of(new RequestFigures("GET /", 1, 0, 0, 1, 1)));
        statistics.record(T0.plus(31, ChronoUnit.DAYS), "a", List.of(new RequestFigures("GET /", 2, 0, 0, 1, 1)));

        assertThat(statistics.deleteBefore(T0.plus(1, ChronoUnit.DAYS))).isEqualTo(1);
        assertThat(statistics.totals(T0, T0.plus(60, ChronoUnit.DAYS)).requests()).isEqualTo(2);
    }
}
