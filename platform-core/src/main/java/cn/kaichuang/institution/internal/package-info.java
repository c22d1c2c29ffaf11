@NullMarked
package cn.kaichuang.institution.internal;

import org.jspecify.annotations.NullMarked;
