/** The province's and prefectures' view of people across institutions. */
@NullMarked
package cn.kaichuang.app.ui.people;

import org.jspecify.annotations.NullMarked;
