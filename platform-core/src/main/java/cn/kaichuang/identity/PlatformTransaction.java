package cn.kaichuang.identity;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs platform-table work on a connection of its own. Access checks happen inside a service's
 * transaction, whose connection acts as the institution's PostgreSQL role and can neither read
 * the registry nor write the platform audit chain; and a refusal must stay recorded although
 * the service's transaction then rolls back.
 */
@Component
class PlatformTransaction {

    private final TransactionTemplate template;

    PlatformTransaction(DataSource dataSource) {
        this.template = new TransactionTemplate(new Independent(dataSource));
        this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    <T> T call(Supplier<T> work) {
        return template.execute(status -> work.get());
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
