@NullMarked
package cn.kaichuang.review.internal;

import org.jspecify.annotations.NullMarked;
