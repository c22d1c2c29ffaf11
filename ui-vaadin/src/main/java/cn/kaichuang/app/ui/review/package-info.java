/** Expert review screens (TA-4): the expert's assignments and score form. */
@NullMarked
package cn.kaichuang.app.ui.review;

import org.jspecify.annotations.NullMarked;
