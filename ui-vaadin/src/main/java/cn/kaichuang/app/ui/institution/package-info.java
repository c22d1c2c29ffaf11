@NullMarked
package cn.kaichuang.app.ui.institution;

import org.jspecify.annotations.NullMarked;
