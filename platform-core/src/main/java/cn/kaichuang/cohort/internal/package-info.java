@NullMarked
package cn.kaichuang.cohort.internal;

import org.jspecify.annotations.NullMarked;
