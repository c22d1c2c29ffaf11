package cn.kaichuang.protection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kaichuang.firewall.*}: how long a replica keeps the lists in memory. A change evicts
 * them at once on the replica that made it; the others see it within this time.
 */
@ConfigurationProperties("kaichuang.firewall")
public record FirewallProperties(@DefaultValue("30s") Duration cacheTtl) {
}
