/**
 * The web side of {@code cn.kaichuang.protection}: servlet filters that apply the firewall
 * lists and the login rate limits to every request before Spring Security sees it, and their
 * localized refusals.
 */
@NullMarked
package cn.kaichuang.app.protection;

import org.jspecify.annotations.NullMarked;
