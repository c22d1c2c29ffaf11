/**
 * Protection of the platform against unwanted clients: CIDR allow and deny lists, global and
 * per institution ({@link cn.kaichuang.protection.FirewallRules}), and named rate limits
 * ({@link cn.kaichuang.protection.RateLimits}). The web layer applies both to requests.
 */
@NullMarked
package cn.kaichuang.protection;

import org.jspecify.annotations.NullMarked;
