@NullMarked
package cn.kaichuang.app.ui.province;

import org.jspecify.annotations.NullMarked;
