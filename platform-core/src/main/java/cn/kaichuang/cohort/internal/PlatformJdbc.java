package cn.kaichuang.cohort.internal;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Platform-table work on a connection of its own. A trainee service runs in a JPA transaction
 * whose connection acts as the institution's role; the person index is written only once that
 * transaction has committed, so a roster that rolls back leaves no trace in it.
 */
@Component
public class PlatformJdbc {

    private final TransactionTemplate template;

    PlatformJdbc(DataSource dataSource) {
        this.template = new TransactionTemplate(new Independent(dataSource));
        this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> T call(Supplier<T> work) {
        return template.execute(status -> work.get());
    }

    public void run(Runnable work) {
        template.executeWithoutResult(status -> work.run());
    }

    /** Runs {@code work} after the current transaction commits; at once when there is none. */
    public void afterCommit(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            run(work);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                run(work);
            }
        });
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
