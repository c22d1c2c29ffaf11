@NullMarked
package cn.kaichuang.audit;

import org.jspecify.annotations.NullMarked;
