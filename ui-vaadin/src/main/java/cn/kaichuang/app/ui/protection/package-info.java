@NullMarked
package cn.kaichuang.app.ui.protection;

import org.jspecify.annotations.NullMarked;
