package cn.kaichuang.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole web application against a fresh database of the test PostgreSQL and an in-process
 * S3 server under {@code target/}, with the demo seeded at start as in the embedded default.
 * The embedded default itself stays off: the test provides database, storage and keys.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = Application.class, properties = "kaichuang.embedded.enabled=false")
@ContextConfiguration(initializers = AppTestInitializer.class)
public @interface AppTest {
}
