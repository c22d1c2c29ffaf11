/** The notification tables, the mail sender and the to-do sources of features that existed before. */
@NullMarked
package cn.kaichuang.notification.internal;

import org.jspecify.annotations.NullMarked;
