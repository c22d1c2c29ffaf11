package cn.kaichuang.outreach.internal;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One JDBC transaction on the platform outreach tables with its platform audit entry. The
 * services run outside any JPA transaction, whose connection would act as an institution's role.
 */
@Component
public class OutreachTransaction {

    private final TransactionTemplate template;

    OutreachTransaction(DataSource dataSource) {
        this.template = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    public <T> T call(Supplier<T> work) {
        return template.execute(status -> work.get());
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
