package cn.kaichuang.operations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-minute request samples of every replica ({@code platform.request_statistics}) and their
 * aggregates over a period. Replicas write their own rows, so there is nothing to coordinate.
 */
@Component
public class RequestStatistics {

    private static final String SUMS = "sum(requests), sum(client_errors), sum(server_errors), sum(total_ms), max(max_ms)";

    private final JdbcClient jdbc;

    RequestStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds one replica's measurements of one minute; a second write of the same minute adds up.
     * Row by row without @Transactional: a JPA transaction would need a tenant context, and these are platform rows.
     */
    public void record(Instant minute, String replica, Collection<RequestFigures> samples) {
        Timestamp at = Timestamp.from(minute.truncatedTo(ChronoUnit.MINUTES));
        for (RequestFigures s : samples) {
            jdbc.sql("insert into platform.request_statistics (minute, replica, endpoint, requests, client_errors,"
                            + " server_errors, total_ms, max_ms) values (?, ?, ?, ?, ?, ?, ?, ?)"
                            + " on conflict (minute, replica, endpoint) do update set"
                            + " requests = request_statistics.requests + excluded.requests,"
                            + " client_errors = request_statistics.client_errors + excluded.client_errors,"
                            + " server_errors = request_statistics.server_errors + excluded.server_errors,"
                            + " total_ms = request_statistics.total_ms + excluded.total_ms,"
                            + " max_ms = greatest(request_statistics.max_ms, excluded.max_ms)")
                    .params(at, replica, s.endpoint(), s.requests(), s.clientErrors(), s.serverErrors(),
                            s.totalMillis(), s.maxMillis())
                    .update();
        }
    }

    /** All requests in {@code [from, to)}. */
    public RequestFigures totals(Instant from, Instant to) {
        return jdbc.sql("select '*', " + SUMS + " from platform.request_statistics where minute >= ? and minute < ?")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> figures(rs, 0)).single();
    }

    /** Figures per endpoint in {@code [from, to)}, the most requested first. */
    public List<RequestFigures> endpoints(Instant from, Instant to) {
        return jdbc.sql("select endpoint, " + SUMS + " from platform.request_statistics"
                        + " where minute >= ? and minute < ? group by endpoint order by sum(requests) desc, endpoint")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> figures(rs, 0)).list();
    }

    /** Figures per minute or hour in {@code [from, to)}, oldest first; buckets without requests are left out. */
    public List<TimeBucket> series(Instant from, Instant to, ChronoUnit unit) {
        if (unit != ChronoUnit.MINUTES && unit != ChronoUnit.HOURS) {
            throw new IllegalArgumentException("minutes or hours, not " + unit);
        }
        String field = unit == ChronoUnit.MINUTES ? "minute" : "hour";
        return jdbc.sql("select date_trunc('" + field + "', minute) as bucket, '*', " + SUMS
                        + " from platform.request_statistics where minute >= ? and minute < ?"
                        + " group by bucket order by bucket")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new TimeBucket(rs.getTimestamp(1).toInstant(), figures(rs, 1)))
                .list();
    }

    /** @return rows deleted */
    public int deleteBefore(Instant cutoff) {
        return jdbc.sql("delete from platform.request_statistics where minute < ?")
                .param(Timestamp.from(cutoff)).update();
    }

    private static RequestFigures figures(ResultSet rs, int offset) throws SQLException {
        return new RequestFigures(rs.getString(offset + 1), rs.getLong(offset + 2), rs.getLong(offset + 3),
                rs.getLong(offset + 4), rs.getLong(offset + 5), rs.getLong(offset + 6));
    }
}
