package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.TenancyException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a failed start of the Spring context, a chain of bean-creation exceptions many lines
 * long, into the one line an operator needs, such as
 * {@code Cannot connect to database jdbc:postgresql://db:5432/kaichuang: Connection refused}.
 */
final class StartupFailures {

    private StartupFailures() {
    }

    static String describe(String displayUrl, Throwable failure) {
        SQLException connection = connectionFailure(failure);
        if (connection != null) {
            return "Cannot connect to database " + displayUrl + ": " + reason(connection);
        }
        TenancyException tenancy = find(failure, TenancyException.class);
        if (tenancy != null) {
            return "Cannot start on database " + displayUrl + ": " + Failures.oneLine(tenancy.getMessage());
        }
        return "Cannot start on database " + displayUrl + ": " + Failures.rootMessage(failure);
    }

    /**
     * SQL states of class 08 (connection exception), 28 (invalid authorization) and 3D000 (no such
     * database): everything that means "you cannot get in", as opposed to a failure once in.
     */
    private static @Nullable SQLException connectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")
                            || sql.getSQLState().equals("3D000"))) {
                return sql;
            }
        }
        return null;
    }

    private static String reason(SQLException connection) {
        Throwable root = Failures.root(connection);
        if (root instanceof UnknownHostException) {
            return "unknown host " + root.getMessage();
        }
        // The driver's own text ("Connection to host:port refused. Check that...") says less than its cause.
        return Failures.oneLine(root == connection || root.getMessage() == null
                ? connection.getMessage() : root.getMessage());
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
