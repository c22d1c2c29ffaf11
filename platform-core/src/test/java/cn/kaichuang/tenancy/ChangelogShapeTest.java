package cn.kaichuang.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both changelogs are appended to by parallel branches; a text merge of two appended
 * {@code create table}s has twice lost the closing {@code );}. Each changeset must balance its
 * parentheses and end its last statement, which Liquibase itself only finds at migration time.
 */
class ChangelogShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"db/platform/changelog.sql", "db/tenant/changelog.sql"})
    void everyChangesetBalancesItsParenthesesAndEndsItsStatements(String changelog) throws IOException {
        List<String> broken = new ArrayList<>();
        for (String changeset : read(changelog).split("(?m)^--changeset ")) {
            if (changeset.startsWith("--liquibase")) {
                continue;
            }
            String id = changeset.lines().findFirst().orElse("");
            String sql = changeset.lines().skip(1).filter(line -> !line.startsWith("--"))
                    .reduce("", (a, b) -> a + "\n" + b).replaceAll("'[^']*'", "''").strip();
            long open = sql.chars().filter(c -> c == '(').count();
            long close = sql.chars().filter(c -> c == ')').count();
            if (open != close || !sql.endsWith(";")) {
                broken.add(id + " (" + open + " '(' against " + close + " ')')");
            }
        }
        assertThat(broken).as(changelog).isEmpty();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ChangelogShapeTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
