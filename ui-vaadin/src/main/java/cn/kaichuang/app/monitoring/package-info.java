/**
 * Business and backup figures as Prometheus metrics, beside Spring Boot's own, and the
 * per-replica request counts sampled into the operations statistics.
 */
@NullMarked
package cn.kaichuang.app.monitoring;

import org.jspecify.annotations.NullMarked;
