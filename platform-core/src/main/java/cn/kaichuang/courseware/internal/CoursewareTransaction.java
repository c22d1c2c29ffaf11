package cn.kaichuang.courseware.internal;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One JDBC transaction on the platform tables, so that a catalogue change and its platform audit
 * entry commit together.
 */
@Component
public class CoursewareTransaction {

    private final TransactionTemplate template;

    CoursewareTransaction(DataSource dataSource) {
        this.template = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    public <T> T call(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
