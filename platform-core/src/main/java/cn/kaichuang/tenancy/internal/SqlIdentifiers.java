package cn.kaichuang.tenancy.internal;

/**
 * SQL for roles and schemas. Names come from validated tenant codes and a configured prefix,
 * and are quoted all the same, since they end up in DDL.
 */
final class SqlIdentifiers {

    static final String RESET = "RESET ROLE; RESET search_path";

    private SqlIdentifiers() {
    }

    static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Unsafe SQL identifier: " + identifier);
        }
        return '"' + identifier + '"';
    }

    static String actAs(String role, String schema) {
        return "SET ROLE " + quote(role) + "; SET search_path TO " + quote(schema);
    }
}
