@NullMarked
package cn.kaichuang.app.ui.exam;

import org.jspecify.annotations.NullMarked;
