/** 运行统计: request counts, error rates and slowest endpoints for the province admin. */
@NullMarked
package cn.kaichuang.app.ui.operations;

import org.jspecify.annotations.NullMarked;
