@NullMarked
package cn.kaichuang.crypto;

import org.jspecify.annotations.NullMarked;
