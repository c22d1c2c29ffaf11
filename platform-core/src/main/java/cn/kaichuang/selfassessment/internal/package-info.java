/** The instrument's and results' SQL and the seeded first version; only this feature uses them. */
@NullMarked
package cn.kaichuang.selfassessment.internal;

import org.jspecify.annotations.NullMarked;
