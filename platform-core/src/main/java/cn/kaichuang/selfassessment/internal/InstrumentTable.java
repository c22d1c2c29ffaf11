package cn.kaichuang.selfassessment.internal;

import cn.kaichuang.selfassessment.Instrument;
import cn.kaichuang.selfassessment.Instrument.Dimension;
import cn.kaichuang.selfassessment.Instrument.Item;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The instrument tables in schema {@code platform}, on a connection of their own (an
 * institution's connection cannot read them).
 */
@Component
public class InstrumentTable {

    private final JdbcClient jdbc;
    private final TransactionTemplate platform;

    InstrumentTable(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.platform = new TransactionTemplate(new Independent(dataSource));
        this.platform.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<Integer> latestVersion() {
        int latest = call(() -> jdbc.sql("select coalesce(max(version), 0) from platform.self_assessment_instrument")
                .query(Integer.class).single());
        return latest == 0 ? Optional.empty() : Optional.of(latest);
    }

    public List<Integer> versions() {
        return call(() -> jdbc.sql("select version from platform.self_assessment_instrument order by version desc")
                .query(Integer.class).list());
    }

    public Optional<Instrument> find(int version) {
        return call(() -> jdbc.sql("select title, published_at from platform.self_assessment_instrument where version = ?")
                .param(version).query((rs, n) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant()})
                .optional().map(head -> {
                    List<Dimension> dimensions = new ArrayList<>();
                    jdbc.sql("select code, name, advice_low, advice_mid, advice_high from"
                                    + " platform.self_assessment_dimension where version = ? order by position")
                            .param(version).query((rs, n) -> {
                                String code = rs.getString(1);
                                List<Item> items = jdbc.sql("select text, reverse from platform.self_assessment_item"
                                                + " where version = ? and dimension = ? order by position")
                                        .params(version, code).query((r, i) -> new Item(r.getString(1), r.getBoolean(2)))
                                        .list();
                                return new Dimension(code, rs.getString(2), items, rs.getString(3), rs.getString(4),
                                        rs.getString(5));
                            }).list().forEach(dimensions::add);
                    return new Instrument(version, (String) head[0], dimensions, (Instant) head[1]);
                }));
    }

    /**
     * Inserts the instrument as {@code version}; false when that version exists already (a seed
     * on another node, or a concurrent publication), in which case nothing is written.
     */
    public boolean insert(int version, Instrument instrument, String by, Instant at) {
        return call(() -> {
            int rows = jdbc.sql("insert into platform.self_assessment_instrument (version, title, published_by,"
                            + " published_at) values (?, ?, ?, ?) on conflict do nothing")
                    .params(version, instrument.title(), by, Timestamp.from(at)).update();
            if (rows == 0) {
                return false;
            }
            int position = 0;
            for (Dimension d : instrument.dimensions()) {
                jdbc.sql("insert into platform.self_assessment_dimension (version, code, position, name, advice_low,"
                                + " advice_mid, advice_high) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(version, d.code(), position++, d.name(), d.adviceLow(), d.adviceMid(), d.adviceHigh())
                        .update();
                int item = 0;
                for (Item i : d.items()) {
                    jdbc.sql("insert into platform.self_assessment_item (version, dimension, position, text, reverse)"
                            + " values (?, ?, ?, ?, ?)").params(version, d.code(), item++, i.text(), i.reverse())
                            .update();
                }
            }
            return true;
        });
    }

    private <T> T call(Supplier<T> work) {
        return platform.execute(status -> work.get());
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
