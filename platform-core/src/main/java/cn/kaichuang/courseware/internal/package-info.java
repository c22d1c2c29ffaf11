@NullMarked
package cn.kaichuang.courseware.internal;

import org.jspecify.annotations.NullMarked;
