@NullMarked
package cn.kaichuang.app.ui.console;

import org.jspecify.annotations.NullMarked;
