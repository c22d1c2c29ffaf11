@NullMarked
package cn.kaichuang.crypto.internal;

import org.jspecify.annotations.NullMarked;
