@NullMarked
package cn.kaichuang.audit.internal;

import org.jspecify.annotations.NullMarked;
