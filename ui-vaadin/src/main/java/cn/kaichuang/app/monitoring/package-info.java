/** Business and backup figures as Prometheus metrics, beside Spring Boot's own. */
@NullMarked
package cn.kaichuang.app.monitoring;

import org.jspecify.annotations.NullMarked;
