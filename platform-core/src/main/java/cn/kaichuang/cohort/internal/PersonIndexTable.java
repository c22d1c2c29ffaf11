package cn.kaichuang.cohort.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code platform.person_index}: who is a trainee where, by the blind index of the ID
 * number. Searches join the tenant registry for the institution's name and region, so a
 * prefecture's search is narrowed in SQL, not after the fact. Call it on a platform connection
 * ({@link PlatformJdbc}); an institution's connection may not touch platform tables.
 */
@Component
public class PersonIndexTable {

    private static final String SELECT = "select p.id_card_index, p.tenant_code, t.name as institution, t.region_code,"
            + " p.trainee_id, p.name, p.registered_at from platform.person_index p"
            + " join platform.tenant t on t.code = p.tenant_code";

    private final JdbcClient jdbc;

    PersonIndexTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per trainee; a second put for the same trainee replaces the first. */
    public void put(String tenant, long traineeId, String idCardIndex, String name, Instant registeredAt) {
        jdbc.sql("insert into platform.person_index (tenant_code, trainee_id, id_card_index, name, registered_at)"
                        + " values (?, ?, ?, ?, ?) on conflict (tenant_code, trainee_id)"
                        + " do update set id_card_index = excluded.id_card_index, name = excluded.name")
                .params(tenant, traineeId, idCardIndex, name, Timestamp.from(registeredAt)).update();
    }

    public int removeTenant(String tenant) {
        return jdbc.sql("delete from platform.person_index where tenant_code = ?").param(tenant).update();
    }

    public long count(String tenant) {
        return jdbc.sql("select count(*) from platform.person_index where tenant_code = ?").param(tenant)
                .query(Long.class).single();
    }

    /** Every row with this blind index, within the region prefix when one is given. */
    public List<Row> byIdCard(String idCardIndex, @Nullable String regionPrefix) {
        return jdbc.sql(SELECT + " where p.id_card_index = ?" + region(regionPrefix)
                        + " order by p.registered_at, p.tenant_code")
                .params(params(idCardIndex, regionPrefix)).query(PersonIndexTable::row).list();
    }

    /** How many distinct persons have a name starting with {@code name}. */
    public long countByName(String name, @Nullable String regionPrefix) {
        return jdbc.sql("select count(distinct p.id_card_index) from platform.person_index p"
                        + " join platform.tenant t on t.code = p.tenant_code where p.name like ? escape '\\'"
                        + region(regionPrefix))
                .params(params(like(name), regionPrefix)).query(Long.class).single();
    }

    /**
     * Every row (under any name) of one page of the persons whose name starts with {@code name},
     * ordered by name.
     */
    public List<Row> byName(String name, @Nullable String regionPrefix, int offset, int limit) {
        List<Object> params = new ArrayList<>(params(like(name), regionPrefix));
        params.add(limit);
        params.add(offset);
        if (regionPrefix != null) {
            params.add(regionPrefix + "%");
        }
        return jdbc.sql("with persons as (select p.id_card_index, min(p.name) as name from platform.person_index p"
                        + " join platform.tenant t on t.code = p.tenant_code where p.name like ? escape '\\'"
                        + region(regionPrefix) + " group by p.id_card_index order by 2, 1 limit ? offset ?)"
                        + SELECT + " join persons s on s.id_card_index = p.id_card_index"
                        + " where true" + region(regionPrefix)
                        + " order by s.name, p.id_card_index, p.registered_at")
                .params(params).query(PersonIndexTable::row).list();
    }

    private static String region(@Nullable String regionPrefix) {
        return regionPrefix == null ? "" : " and t.region_code like ?";
    }

    private static List<Object> params(String first, @Nullable String regionPrefix) {
        return regionPrefix == null ? List.of(first) : List.of(first, regionPrefix + "%");
    }

    private static String like(String name) {
        return name.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("id_card_index"), rs.getString("tenant_code"), rs.getString("institution"),
                rs.getString("region_code"), rs.getLong("trainee_id"), rs.getString("name"),
                rs.getTimestamp("registered_at").toInstant());
    }

    public record Row(String idCardIndex, String tenant, String institution, String regionCode, long traineeId,
            String name, Instant registeredAt) {
    }
}
