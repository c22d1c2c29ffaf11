@NullMarked
package cn.kaichuang.app.security;

import org.jspecify.annotations.NullMarked;
