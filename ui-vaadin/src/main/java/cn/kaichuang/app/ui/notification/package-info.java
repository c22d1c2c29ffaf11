/** 消息通知 and 待办: the notification centre, the bell in the header and the to-do list. */
@NullMarked
package cn.kaichuang.app.ui.notification;

import org.jspecify.annotations.NullMarked;
