@NullMarked
package cn.kaichuang.supervision.internal;

import org.jspecify.annotations.NullMarked;
