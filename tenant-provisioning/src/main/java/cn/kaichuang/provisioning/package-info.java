/**
 * {@code kaichuang-tenants}, the command line with which onboarding staff create, list, migrate,
 * suspend, resume and drop training institutions. Each command starts the core in a small
 * non-web Spring context, does one thing and exits.
 */
@NullMarked
package cn.kaichuang.provisioning;

import org.jspecify.annotations.NullMarked;
