/** Helpers behind the storage API; not for use outside this module. */
@NullMarked
package cn.kaichuang.storage.internal;

import org.jspecify.annotations.NullMarked;
