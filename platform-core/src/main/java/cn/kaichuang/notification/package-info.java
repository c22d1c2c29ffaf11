/**
 * The in-app notification centre, e-mail when SMTP is configured, reminders and to-dos (TS-3).
 * Notifications live in schema {@code platform} (province and prefecture staff have no
 * institution schema) and belong to a username; a {@code dedupKey} makes a reminder idempotent
 * across job runs and cluster nodes. Other features add reminders through
 * {@link Notifications#notifyOnce} or a {@link DueDateSource} bean, and to-dos through a
 * {@link TodoSource} bean.
 */
@NullMarked
package cn.kaichuang.notification;

import org.jspecify.annotations.NullMarked;
