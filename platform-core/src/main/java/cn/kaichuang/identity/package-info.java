@NullMarked
package cn.kaichuang.identity;

import org.jspecify.annotations.NullMarked;
