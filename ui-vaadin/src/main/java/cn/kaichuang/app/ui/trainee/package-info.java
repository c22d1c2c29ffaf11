@NullMarked
package cn.kaichuang.app.ui.trainee;

import org.jspecify.annotations.NullMarked;
