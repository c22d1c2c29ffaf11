package cn.kaichuang.lecturer.internal;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A JDBC transaction of its own on the platform tables. The pool is mirrored right after an
 * institution's JPA transaction commits, while its connection (acting as the institution's role,
 * which cannot write schema {@code platform}) is still bound to the DataSource: JPA binds it
 * without marking a JDBC transaction, so a plain JDBC manager would reuse it instead of
 * suspending it.
 */
@Component
public class PlatformWork {

    private final TransactionTemplate template;

    PlatformWork(DataSource dataSource) {
        this.template = new TransactionTemplate(new Independent(dataSource));
        this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> T call(Supplier<T> work) {
        return template.execute(status -> work.get());
    }

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
