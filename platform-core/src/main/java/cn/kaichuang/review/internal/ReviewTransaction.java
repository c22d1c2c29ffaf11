package cn.kaichuang.review.internal;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One JDBC transaction on the platform review tables with its platform audit entry. Review services
 * run outside any JPA transaction, whose connection would act as an institution's role.
 */
@Component
public class ReviewTransaction {

    private final TransactionTemplate template;

    ReviewTransaction(DataSource dataSource) {
        this.template = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    public <T> T call(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
