package cn.kaichuang.followup.internal;

import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The follow-up's tables in schema {@code platform} (KPI snapshots, model trainees), on a connection
 * of their own: a caller inside an institution's JPA transaction acts as that institution's role,
 * which has no rights on these tables.
 */
@Component
public class FollowupPlatformJdbc {

    private final TransactionTemplate template;
    private final JdbcClient jdbc;

    FollowupPlatformJdbc(DataSource dataSource) {
        this.template = new TransactionTemplate(new Independent(dataSource));
        this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = JdbcClient.create(dataSource);
    }

    public <T> T call(Function<JdbcClient, T> work) {
        return template.execute(status -> work.apply(jdbc));
    }

    /** JPA binds its (institution) connection without marking a JDBC transaction; never reuse it. */
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
