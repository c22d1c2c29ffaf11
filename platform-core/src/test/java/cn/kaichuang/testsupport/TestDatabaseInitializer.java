package cn.kaichuang.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at a fresh database of {@link TestDatabase} and gives it test
 * keys, so every cached context has data of its own.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Fixed keys for tests only; never used outside them. */
    public static final Map<String, Object> TEST_KEYS = Map.of(
            "kaichuang.crypto.keys.k1", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            "kaichuang.crypto.keys.k2", "HxwdHhscGRoXGBUWExQREg8QDQ4LDAkKBwgFBgMEAQI=",
            "kaichuang.crypto.active-key", "k1",
            "kaichuang.crypto.index-key", "c2VjcmV0LWJsaW5kLWluZGV4LWtleS1mb3ItdGVzdHM=");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Database db = TestDatabase.server().newDatabase();
        Map<String, Object> properties = new java.util.HashMap<>(TEST_KEYS);
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.user());
        properties.put("spring.datasource.password", db.password());
        properties.put("kaichuang.tenancy.role-prefix", db.rolePrefix());
        properties.put("kaichuang.tenancy.migrate-on-start", "false");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }
}
