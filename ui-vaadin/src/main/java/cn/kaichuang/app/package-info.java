@NullMarked
package cn.kaichuang.app;

import org.jspecify.annotations.NullMarked;
