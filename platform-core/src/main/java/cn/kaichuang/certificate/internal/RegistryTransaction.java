package cn.kaichuang.certificate.internal;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One JDBC transaction on the platform tables, so that a registry change and its platform audit
 * entry commit together (the audit chain joins it). Certificate services run outside any JPA
 * transaction, whose connection would act as an institution's role and could not write here.
 */
@Component
public class RegistryTransaction {

    private final TransactionTemplate template;

    RegistryTransaction(DataSource dataSource) {
        this.template = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    public <T> T call(Supplier<T> work) {
        return template.execute(status -> work.get());
    }

    public void run(Runnable work) {
        template.executeWithoutResult(status -> work.run());
    }
}
