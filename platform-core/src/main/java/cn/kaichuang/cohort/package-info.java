@NullMarked
package cn.kaichuang.cohort;

import org.jspecify.annotations.NullMarked;
