@NullMarked
package cn.kaichuang.submission.internal;

import org.jspecify.annotations.NullMarked;
