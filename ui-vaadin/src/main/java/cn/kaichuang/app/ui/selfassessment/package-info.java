/** 创业能力测评: the trainee takes it on a phone and reads the radar profile; the province keeps the instrument. */
@NullMarked
package cn.kaichuang.app.ui.selfassessment;

import org.jspecify.annotations.NullMarked;
