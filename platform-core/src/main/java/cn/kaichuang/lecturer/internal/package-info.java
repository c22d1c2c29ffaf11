@NullMarked
package cn.kaichuang.lecturer.internal;

import org.jspecify.annotations.NullMarked;
