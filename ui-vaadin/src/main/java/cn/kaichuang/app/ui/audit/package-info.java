/** 审计日志: the audit chains for institution and province admins. */
@NullMarked
package cn.kaichuang.app.ui.audit;

import org.jspecify.annotations.NullMarked;
