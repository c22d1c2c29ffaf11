package cn.kaichuang.cohort.internal;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.PendingApplication;
import cn.kaichuang.cohort.PendingApplication.State;
import cn.kaichuang.tenancy.TenantCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code platform.cohort_application}: the approval queue across institutions, so that
 * a prefecture's queue is one query instead of a fan-out over schemas. Work here runs on a
 * connection of its own: a submit happens inside the institution's transaction, whose connection
 * acts as the institution's role and cannot reach platform tables.
 */
@Component
public class ApplicationQueueTable {

    private static final String COLUMNS = "a.tenant_code, t.name as institution_name, a.region_code, a.cohort_id,"
            + " a.cohort_name, a.course_type, a.submitted_at, a.submitted_by, a.state, a.decided_by, a.decided_at,"
            + " a.reason";
    private static final String FROM = " from platform.cohort_application a join platform.tenant t on t.code = a.tenant_code";

    private final JdbcClient jdbc;
    private final TransactionTemplate template;

    ApplicationQueueTable(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = new TransactionTemplate(new Independent(dataSource));
        this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs platform work (these statements, the registry, the platform audit chain) in one transaction. */
    public <T> T inPlatform(Supplier<T> work) {
        return template.execute(status -> work.get());
    }

    /** A new or renewed application; a returned one submitted again waits again with its decision cleared. */
    public void submitted(TenantCode tenant, String regionCode, long cohortId, String cohortName, CourseType type,
            Instant at, String by) {
        jdbc.sql("insert into platform.cohort_application (tenant_code, region_code, cohort_id, cohort_name,"
                        + " course_type, submitted_at, submitted_by, state) values (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED')"
                        + " on conflict (tenant_code, cohort_id) do update set region_code = excluded.region_code,"
                        + " cohort_name = excluded.cohort_name, course_type = excluded.course_type,"
                        + " submitted_at = excluded.submitted_at, submitted_by = excluded.submitted_by,"
                        + " state = 'SUBMITTED', decided_by = null, decided_at = null, reason = null")
                .params(tenant.value(), regionCode, cohortId, cohortName, type.name(), Timestamp.from(at), by)
                .update();
    }

    /** Closes a waiting application; false when it was not waiting (decided meanwhile). */
    public boolean decided(TenantCode tenant, long cohortId, State state, String by, Instant at,
            @Nullable String reason) {
        return jdbc.sql("update platform.cohort_application set state = ?, decided_by = ?, decided_at = ?, reason = ?"
                        + " where tenant_code = ? and cohort_id = ? and state = 'SUBMITTED'")
                .params(state.name(), by, Timestamp.from(at), reason, tenant.value(), cohortId).update() == 1;
    }

    public Optional<PendingApplication> find(TenantCode tenant, long cohortId) {
        return jdbc.sql("select " + COLUMNS + FROM + " where a.tenant_code = ? and a.cohort_id = ?")
                .params(tenant.value(), cohortId).query(ApplicationQueueTable::row).optional();
    }

    /** Every waiting application, the oldest first; the caller filters by region. */
    public List<PendingApplication> waiting() {
        return jdbc.sql("select " + COLUMNS + FROM + " where a.state = 'SUBMITTED' order by a.submitted_at, a.cohort_id")
                .query(ApplicationQueueTable::row).list();
    }

    /** Regions of the enabled prefecture-admin accounts: where the prefecture, not the province, decides. */
    public List<String> prefectureAdminRegions() {
        return jdbc.sql("select distinct region_code from platform.account where role = 'PREFECTURE_ADMIN'"
                + " and enabled and region_code is not null").query(String.class).list();
    }

    private static PendingApplication row(ResultSet rs, int n) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new PendingApplication(TenantCode.of(rs.getString("tenant_code")), rs.getString("institution_name"),
                rs.getString("region_code"), rs.getLong("cohort_id"), rs.getString("cohort_name"),
                CourseType.valueOf(rs.getString("course_type")), rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("submitted_by"), State.valueOf(rs.getString("state")), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("reason"));
    }

    /**
     * JPA binds its (institution) connection to the DataSource without marking it as a JDBC
     * transaction; a plain JDBC manager would then reuse it instead of suspending it.
     */
    private static final class Independent extends JdbcTransactionManager {

        Independent(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return TransactionSynchronizationManager.hasResource(obtainDataSource())
                    || super.isExistingTransaction(transaction);
        }
    }
}
