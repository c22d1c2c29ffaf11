package cn.kaichuang.audit.internal;

import cn.kaichuang.audit.AuditQuery;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code where} and {@code order by} of an {@link AuditQuery}; column names from a fixed list only. */
record AuditQuerySql(String where, List<Object> params, String orderBy) {

    static AuditQuerySql of(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            conditions.add("strpos(lower(actor), ?) > 0");
            params.add(query.actor().strip().toLowerCase(Locale.ROOT));
        }
        if (query.action() != null && !query.action().isBlank()) {
            conditions.add("starts_with(action, ?)");
            params.add(query.action().strip());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < ?");
            params.add(Timestamp.from(query.to()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String column = switch (query.sort()) {
            case SEQ -> "seq";
            case OCCURRED_AT -> "occurred_at";
            case ACTOR -> "actor";
            case ACTION -> "action";
        };
        String direction = query.ascending() ? " asc" : " desc";
        // seq breaks ties, so pages never overlap or skip entries.
        String orderBy = " order by " + column + direction + (column.equals("seq") ? "" : ", seq" + direction);
        return new AuditQuerySql(where, params, orderBy);
    }
}
