/** The JSON API under {@code /api/v1} (session login, CSRF token in a header); see {@code ApiSecurityConfiguration}. */
@NullMarked
package cn.kaichuang.app.api;

import org.jspecify.annotations.NullMarked;
