@NullMarked
package cn.kaichuang.protection.internal;

import org.jspecify.annotations.NullMarked;
