/** 证书: issuing and revoking certificates, and the public verification page. */
@NullMarked
package cn.kaichuang.app.ui.certificate;

import org.jspecify.annotations.NullMarked;
