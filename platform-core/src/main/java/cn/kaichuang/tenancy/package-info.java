@NullMarked
package cn.kaichuang.tenancy;

import org.jspecify.annotations.NullMarked;
