@NullMarked
package cn.kaichuang.certificate.internal;

import org.jspecify.annotations.NullMarked;
