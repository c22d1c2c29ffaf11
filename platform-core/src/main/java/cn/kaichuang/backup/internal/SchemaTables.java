package cn.kaichuang.backup.internal;

import cn.kaichuang.tenancy.TenancyException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The data tables of one schema as PostgreSQL's catalogue describes them, in an order that
 * restores without breaking a foreign key: referenced tables first. Read from the catalogue,
 * not listed by hand, so tables that later features add are exported without a change here.
 */
final class SchemaTables {

    /** Liquibase's bookkeeping is recreated by provisioning, never copied. */
    private static final Set<String> SKIPPED = Set.of("databasechangelog", "databasechangeloglock");

    /** @param columns insertable columns (no generated ones) in their table order */
    record Table(String name, List<String> columns, List<String> sequenceColumns) {
    }

    private SchemaTables() {
    }

    static List<Table> inRestoreOrder(Connection connection, String schema) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        for (String name : strings(connection, "select c.relname from pg_class c join pg_namespace n"
                + " on n.oid = c.relnamespace where n.nspname = ? and c.relkind in ('r', 'p')", schema)) {
            if (!SKIPPED.contains(name)) {
                tables.put(name, describe(connection, schema, name));
            }
        }
        Map<String, Set<String>> references = new TreeMap<>();
        tables.keySet().forEach(name -> references.put(name, new TreeSet<>()));
        try (PreparedStatement s = connection.prepareStatement("select c.relname, r.relname from pg_constraint k"
                + " join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid"
                + " join pg_namespace n on n.oid = k.connamespace where k.contype = 'f' and n.nspname = ?")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(1);
                    String to = rs.getString(2);
                    // A self-reference is checked at the end of the COPY statement, so it needs no order.
                    if (references.containsKey(from) && tables.containsKey(to) && !from.equals(to)) {
                        references.get(from).add(to);
                    }
                }
            }
        }
        return sorted(tables, references);
    }

    private static List<Table> sorted(Map<String, Table> tables, Map<String, Set<String>> references) {
        List<Table> order = new ArrayList<>();
        Map<String, Set<String>> pending = new LinkedHashMap<>(references);
        while (!pending.isEmpty()) {
            String next = pending.entrySet().stream()
                    .filter(e -> e.getValue().stream().noneMatch(pending::containsKey))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new TenancyException("Tables " + pending.keySet()
                            + " reference each other in a cycle; they cannot be restored table by table"));
            order.add(tables.get(next));
            pending.remove(next);
        }
        return order;
    }

    private static Table describe(Connection connection, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> sequenced = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select a.attname,"
                + " pg_get_serial_sequence(quote_ident(?) || '.' || quote_ident(?), a.attname) is not null"
                + " from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = ? and c.relname = ? and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''"
                + " order by a.attnum")) {
            s.setString(1, schema);
            s.setString(2, table);
            s.setString(3, schema);
            s.setString(4, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                    if (rs.getBoolean(2)) {
                        sequenced.add(rs.getString(1));
                    }
                }
            }
        }
        return new Table(table, columns, sequenced);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SchemaTables::quote).toList());
    }

    private static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
