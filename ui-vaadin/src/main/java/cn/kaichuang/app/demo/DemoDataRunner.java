package cn.kaichuang.app.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo at start-up ({@code kaichuang.demo.enabled}, on by default only with the
 * embedded database) when the platform is empty. A PostgreSQL advisory lock keeps two replicas starting together from both seeding.
 */
@Component
@ConditionalOnBooleanProperty(name = "kaichuang.demo.enabled", matchIfMissing = false)
class DemoDataRunner implements ApplicationRunner {

    private final DemoSeeder seeder;
    private final DataSource dataSource;

    DemoDataRunner(DemoSeeder seeder, DataSource dataSource) {
        this.seeder = seeder;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (!seeder.needed()) {
            return;
        }
        try (Connection lock = dataSource.getConnection(); Statement statement = lock.createStatement()) {
            statement.execute("select pg_advisory_lock(hashtext('kaichuang.demo-data'))");
            try {
                if (seeder.needed()) {
                    seeder.seed();
                }
            } finally {
                statement.execute("select pg_advisory_unlock(hashtext('kaichuang.demo-data'))");
            }
        }
    }
}
