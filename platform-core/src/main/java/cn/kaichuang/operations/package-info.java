/**
 * Operations figures of the running platform: per-minute request statistics that every replica
 * writes, read back aggregated for the province admin's operations view.
 */
@NullMarked
package cn.kaichuang.operations;

import org.jspecify.annotations.NullMarked;
