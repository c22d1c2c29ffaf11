/**
 * Institutions (TM-1) as the province and prefectures manage them: the profile each institution
 * keeps (contacts, address, capacity), the course types the province approved (目录清单), and
 * suspension with its reason. A feature of its own rather than part of {@code supervision}:
 * supervision only reads (registry and statistics snapshots), whereas this package owns data
 * that institution admins and the province change, with its own access rules.
 */
@NullMarked
package cn.kaichuang.institution;

import org.jspecify.annotations.NullMarked;
