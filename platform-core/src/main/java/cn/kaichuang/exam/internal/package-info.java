@NullMarked
package cn.kaichuang.exam.internal;

import org.jspecify.annotations.NullMarked;
