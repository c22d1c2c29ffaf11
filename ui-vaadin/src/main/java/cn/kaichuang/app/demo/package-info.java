@NullMarked
package cn.kaichuang.app.demo;

import org.jspecify.annotations.NullMarked;
