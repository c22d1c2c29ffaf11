/**
 * 题库: the province's question bank (edit in versions, publish, retire, import, export) and an
 * institution's own additions beside a read-only view of the published province bank.
 */
@NullMarked
package cn.kaichuang.app.ui.question;

import org.jspecify.annotations.NullMarked;
