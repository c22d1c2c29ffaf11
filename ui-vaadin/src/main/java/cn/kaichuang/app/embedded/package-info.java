@NullMarked
package cn.kaichuang.app.embedded;

import org.jspecify.annotations.NullMarked;
