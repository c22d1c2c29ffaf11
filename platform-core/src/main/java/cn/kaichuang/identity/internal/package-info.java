@NullMarked
package cn.kaichuang.identity.internal;

import org.jspecify.annotations.NullMarked;
