/** 创业服务: follow-up services for trainees (hub at 375 px), their curation by the province and prefectures, and the mentor's 咨询. */
@NullMarked
package cn.kaichuang.app.ui.outreach;

import org.jspecify.annotations.NullMarked;
