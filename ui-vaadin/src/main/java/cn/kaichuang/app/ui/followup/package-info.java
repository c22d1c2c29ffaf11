/**
 * Follow-up views (FS-2, TM-9, SV-3): the trainee's surveys on the phone, the institution's survey
 * desk (phone answers, imports), outcome KPIs for institutions and the province, model trainees.
 */
@NullMarked
package cn.kaichuang.app.ui.followup;

import org.jspecify.annotations.NullMarked;
