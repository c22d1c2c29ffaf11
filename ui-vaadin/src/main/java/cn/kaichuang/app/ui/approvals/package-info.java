@NullMarked
package cn.kaichuang.app.ui.approvals;

import org.jspecify.annotations.NullMarked;
