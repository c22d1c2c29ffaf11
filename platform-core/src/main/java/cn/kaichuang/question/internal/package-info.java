@NullMarked
package cn.kaichuang.question.internal;

import org.jspecify.annotations.NullMarked;
