package cn.kaichuang.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param parallelism institutions snapshotted at once: each holds one pooled connection, so keep
 *                    it well under the pool size; PostgreSQL, not Java, is the bottleneck
 */
@ConfigurationProperties("kaichuang.console")
public record ConsoleProperties(@DefaultValue("4") int parallelism) {
}
