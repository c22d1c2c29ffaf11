@NullMarked
package cn.kaichuang.backup.internal;

import org.jspecify.annotations.NullMarked;
