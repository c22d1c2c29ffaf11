package cn.kaichuang.supervision.internal;

import cn.kaichuang.cohort.CohortCensus;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.supervision.CertificateFilter;
import cn.kaichuang.supervision.CohortFilter;
import cn.kaichuang.supervision.ConsoleCertificate;
import cn.kaichuang.supervision.ConsoleCohort;
import cn.kaichuang.supervision.ConsoleFigure;
import cn.kaichuang.supervision.ConsoleMetric;
import cn.kaichuang.supervision.Dashboard;
import cn.kaichuang.supervision.ListSort;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The console's snapshot tables in schema {@code platform} and the certificate registry beside
 * them. Called on threads without a JPA transaction (the snapshot workers, or the view's), so
 * plain JDBC transactions suffice. Region scopes are {@code LIKE} prefixes of GB/T 2260 codes.
 */
@Component
public class ConsoleTables {

    private static final Set<String> COHORT_SORT = Set.of("institutionName", "name", "courseType", "status",
            "startDate", "endDate", "enrolled", "regionCode");
    private static final Set<String> CERTIFICATE_SORT = Set.of("serial", "institutionName", "courseType", "issuedAt");
    private static final Set<String> METRICS = Arrays.stream(ConsoleMetric.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private static final Duration RUNS_KEPT = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;

    ConsoleTables(DataSource dataSource) {
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    /** Replaces one institution's snapshot rows, all or nothing. */
    public void replace(Tenant tenant, CohortCensus.Result census, Instant takenAt, LocalDate today) {
        String code = tenant.code().value();
        Timestamp at = Timestamp.from(takenAt);
        transaction.executeWithoutResult(status -> {
            template.update("delete from platform.console_cohort where tenant_code = ?", code);
            template.batchUpdate("insert into platform.console_cohort (tenant_code, cohort_id, region_code,"
                            + " institution_name, name, course_type, status, start_date, end_date, capacity, enrolled,"
                            + " taken_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    census.cohorts().stream().map(c -> new Object[] {code, c.id(), tenant.regionCode(), tenant.name(),
                            c.name(), c.courseType().name(), c.status().name(), Date.valueOf(c.startDate()),
                            Date.valueOf(c.endDate()), c.capacity(), c.enrolled(), at}).toList());
            template.update("delete from platform.console_figure where tenant_code = ?", code);
            template.batchUpdate("insert into platform.console_figure (tenant_code, metric, dimension, value)"
                            + " values (?, ?, ?, ?)",
                    CensusFigures.of(census, today).stream().map(f -> new Object[] {code, f.metric().name(),
                            f.dimension(), f.value()}).toList());
            template.update("""
                    insert into platform.console_figure (tenant_code, metric, dimension, value)
                    select tenant_code, case when revoked_at is null then 'CERTIFICATES_VALID'
                                             else 'CERTIFICATES_REVOKED' end, course_type, count(*)
                    from platform.certificate where tenant_code = ? group by 1, 2, 3
                    union all
                    select tenant_code, 'CERTIFICATES_BY_MONTH',
                           to_char(issued_at at time zone 'Asia/Shanghai', 'YYYY-MM'), count(*)
                    from platform.certificate where tenant_code = ? group by 1, 2, 3""", code, code);
            template.update("insert into platform.console_taken (tenant_code, taken_at) values (?, ?)"
                    + " on conflict (tenant_code) do update set taken_at = excluded.taken_at", code, at);
        });
    }

    /** Sums every institution's figures per region and records the run, for the dashboard's one read. */
    public void rollUp(Instant startedAt, Instant finishedAt, int refreshed, int failed) {
        transaction.executeWithoutResult(status -> {
            // Two refreshes finishing together (the job on one replica, a button on another) take turns.
            template.execute("lock table platform.console_region_figure in exclusive mode");
            template.update("delete from platform.console_region_figure");
            template.update("""
                    insert into platform.console_region_figure (region_code, metric, dimension, value)
                    select t.region_code, f.metric, f.dimension, sum(f.value)
                    from platform.console_figure f join platform.tenant t on t.code = f.tenant_code
                    group by 1, 2, 3""");
            template.update("insert into platform.console_run (started_at, finished_at, refreshed, failed)"
                    + " values (?, ?, ?, ?) on conflict do nothing", Timestamp.from(startedAt),
                    Timestamp.from(finishedAt), refreshed, failed);
            // A run every five minutes: keep a week of them for the record, not forever.
            template.update("delete from platform.console_run where started_at < ?",
                    Timestamp.from(startedAt.minus(RUNS_KEPT)));
        });
    }

    public Dashboard dashboard(String scope) {
        Optional<Map<String, Object>> run = jdbc.sql(
                        "select started_at, failed from platform.console_run order by started_at desc limit 1")
                .query().listOfRows().stream().findFirst();
        if (run.isEmpty()) {
            return new Dashboard(null, 0, List.of());
        }
        List<ConsoleFigure> figures = jdbc.sql("select region_code, metric, dimension, value"
                        + " from platform.console_region_figure where region_code like ?")
                .param(scope)
                .query((rs, n) -> METRICS.contains(rs.getString(2))
                        ? new ConsoleFigure(rs.getString(1), ConsoleMetric.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getLong(4))
                        : null)
                .list().stream().filter(f -> f != null).toList();
        Instant asOf = ((Timestamp) run.get().get("started_at")).toInstant();
        return new Dashboard(asOf, ((Number) run.get().get("failed")).intValue(), figures);
    }

    public List<ConsoleCohort> cohorts(String scope, CohortFilter filter, @Nullable ListSort sort, int offset,
            int limit) {
        Where where = cohortWhere(scope, filter);
        String order = sort != null && COHORT_SORT.contains(sort.property())
                ? snake(sort.property()) + (sort.descending() ? " desc" : " asc") + ", "
                : "start_date desc, ";
        return query(where, "select tenant_code, cohort_id, region_code, institution_name, name, course_type, status,"
                + " start_date, end_date, capacity, enrolled, taken_at from platform.console_cohort" + where.sql
                + " order by " + order + "tenant_code, cohort_id limit :limit offset :offset", offset, limit)
                .query((rs, n) -> new ConsoleCohort(TenantCode.of(rs.getString(1)), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), CourseType.valueOf(rs.getString(6)),
                        CohortStatus.valueOf(rs.getString(7)), rs.getDate(8).toLocalDate(),
                        rs.getDate(9).toLocalDate(), rs.getInt(10), rs.getLong(11), rs.getTimestamp(12).toInstant()))
                .list();
    }

    public int countCohorts(String scope, CohortFilter filter) {
        Where where = cohortWhere(scope, filter);
        return query(where, "select count(*) from platform.console_cohort" + where.sql, 0, 0)
                .query(Integer.class).single();
    }

    public List<ConsoleCertificate> certificates(String scope, CertificateFilter filter, @Nullable ListSort sort,
            int offset, int limit) {
        Where where = certificateWhere(scope, filter);
        String order = sort != null && CERTIFICATE_SORT.contains(sort.property())
                ? "c." + snake(sort.property()) + (sort.descending() ? " desc" : " asc") + ", "
                : "c.issued_at desc, ";
        return query(where, "select c.serial, c.tenant_code, c.institution_name, c.course_type, c.issued_at,"
                + " c.revoked_at from platform.certificate c" + where.sql + " order by " + order
                + "c.serial limit :limit offset :offset", offset, limit)
                .query((rs, n) -> new ConsoleCertificate(rs.getString(1), TenantCode.of(rs.getString(2)),
                        rs.getString(3), CourseType.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(6)).map(Timestamp::toInstant).orElse(null)))
                .list();
    }

    public int countCertificates(String scope, CertificateFilter filter) {
        Where where = certificateWhere(scope, filter);
        return query(where, "select count(*) from platform.certificate c" + where.sql, 0, 0)
                .query(Integer.class).single();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private JdbcClient.StatementSpec query(Where where, String sql, int offset, int limit) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).params(where.params);
        if (sql.contains(":limit")) {
            spec = spec.param("limit", limit).param("offset", offset);
        }
        return spec;
    }

    private static Where cohortWhere(String scope, CohortFilter f) {
        List<String> terms = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        terms.add("region_code like :scope");
        params.put("scope", scope);
        if (f.region() != null) {
            terms.add("region_code like :region");
            params.put("region", RegionScope.prefix(f.region()));
        }
        if (f.tenant() != null) {
            terms.add("tenant_code = :tenant");
            params.put("tenant", f.tenant().value());
        }
        if (f.courseType() != null) {
            terms.add("course_type = :type");
            params.put("type", f.courseType().name());
        }
        if (f.status() != null) {
            terms.add("status = :status");
            params.put("status", f.status().name());
        }
        if (f.startFrom() != null) {
            terms.add("start_date >= :from");
            params.put("from", Date.valueOf(f.startFrom()));
        }
        if (f.startTo() != null) {
            terms.add("start_date <= :to");
            params.put("to", Date.valueOf(f.startTo()));
        }
        if (f.name() != null && !f.name().isBlank()) {
            terms.add("name ilike :name escape '\\'");
            params.put("name", "%" + escapeLike(f.name().strip()) + "%");
        }
        return new Where(" where " + String.join(" and ", terms), params);
    }

    private static Where certificateWhere(String scope, CertificateFilter f) {
        List<String> terms = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        // The registry names the institution, not its region: look that up only when a region matters.
        terms.add("true");
        if (!RegionScope.EVERYWHERE.equals(scope)) {
            terms.add("c.tenant_code in (select code from platform.tenant where region_code like :scope)");
            params.put("scope", scope);
        }
        if (f.region() != null) {
            terms.add("c.tenant_code in (select code from platform.tenant where region_code like :region)");
            params.put("region", RegionScope.prefix(f.region()));
        }
        if (f.tenant() != null) {
            terms.add("c.tenant_code = :tenant");
            params.put("tenant", f.tenant().value());
        }
        if (f.courseType() != null) {
            terms.add("c.course_type = :type");
            params.put("type", f.courseType().name());
        }
        if (f.revoked() != null) {
            terms.add(f.revoked() ? "c.revoked_at is not null" : "c.revoked_at is null");
        }
        if (f.issuedFrom() != null) {
            terms.add("c.issued_at >= :from");
            params.put("from", Timestamp.from(f.issuedFrom().atStartOfDay(RegionScope.CHINA).toInstant()));
        }
        if (f.issuedTo() != null) {
            terms.add("c.issued_at < :to");
            params.put("to", Timestamp.from(f.issuedTo().plusDays(1).atStartOfDay(RegionScope.CHINA).toInstant()));
        }
        if (f.serial() != null && !f.serial().isBlank()) {
            terms.add("c.serial like :serial escape '\\'");
            params.put("serial", escapeLike(f.serial().strip().toUpperCase()) + "%");
        }
        return new Where(" where " + String.join(" and ", terms), params);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String snake(String property) {
        return property.replaceAll("([A-Z])", "_$1").toLowerCase();
    }
}
