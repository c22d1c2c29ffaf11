/** Views of lecturers: an institution's own, the province-wide pool and their continuing development. */
@NullMarked
package cn.kaichuang.app.ui.lecturer;

import org.jspecify.annotations.NullMarked;
