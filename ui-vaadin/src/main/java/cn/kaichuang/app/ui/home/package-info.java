@NullMarked
package cn.kaichuang.app.ui.home;

import org.jspecify.annotations.NullMarked;
