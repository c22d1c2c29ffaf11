/**
 * Per-institution backups: one institution's schema data, registry row, audit chain and
 * objects in one archive, and the restore of such an archive as a new institution.
 */
@NullMarked
package cn.kaichuang.backup;

import org.jspecify.annotations.NullMarked;
