package cn.kaichuang.institution.internal;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One JDBC transaction on the platform tables, so that a status change, its reason and the
 * platform audit entry commit together. Institution services run outside any JPA transaction,
 * whose connection would act as an institution's role and could not write here.
 */
@Component
public class ProfileTransaction {

    private final TransactionTemplate template;

    ProfileTransaction(DataSource dataSource) {
        this.template = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    public <T> T call(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
