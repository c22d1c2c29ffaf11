@NullMarked
package cn.kaichuang.followup.internal;

import org.jspecify.annotations.NullMarked;
