@NullMarked
package cn.kaichuang.app.ui;

import org.jspecify.annotations.NullMarked;
