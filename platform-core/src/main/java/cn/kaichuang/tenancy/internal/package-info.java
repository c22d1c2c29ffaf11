@NullMarked
package cn.kaichuang.tenancy.internal;

import org.jspecify.annotations.NullMarked;
