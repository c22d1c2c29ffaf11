@NullMarked
package cn.kaichuang.teaching.internal;

import org.jspecify.annotations.NullMarked;
