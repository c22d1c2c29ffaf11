@NullMarked
package cn.kaichuang.supervision;

import org.jspecify.annotations.NullMarked;
