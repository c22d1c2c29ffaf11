/** The SQL and object-store work of the outreach feature; only the feature uses these. */
@NullMarked
package cn.kaichuang.outreach.internal;

import org.jspecify.annotations.NullMarked;
