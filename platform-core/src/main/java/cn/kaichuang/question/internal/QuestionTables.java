package cn.kaichuang.question.internal;

import cn.kaichuang.question.Bank;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two banks' tables and their transactions. The province bank runs on a platform connection of
 * its own (an institution's connection acts as its role and cannot reach platform tables); an
 * institution's bank runs in the JPA transaction, whose connection is switched to its schema.
 */
@Component
public class QuestionTables {

    private final QuestionTable province;
    private final QuestionTable institution;
    private final TransactionTemplate platformTransaction;
    private final TransactionTemplate tenantTransaction;

    QuestionTables(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.province = new QuestionTable(jdbc, Bank.PROVINCE, "platform.");
        this.institution = new QuestionTable(jdbc, Bank.INSTITUTION, "");
        this.platformTransaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.platformTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.tenantTransaction = new TransactionTemplate(transactionManager);
    }

    public QuestionTable of(Bank bank) {
        return bank == Bank.PROVINCE ? province : institution;
    }

    public <T> T call(Bank bank, Supplier<T> work) {
        return (bank == Bank.PROVINCE ? platformTransaction : tenantTransaction).execute(status -> work.get());
    }
}
