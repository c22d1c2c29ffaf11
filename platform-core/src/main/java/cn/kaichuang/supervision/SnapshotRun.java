package cn.kaichuang.supervision;

import cn.kaichuang.tenancy.TenantCode;
import java.util.List;

/** Result of refreshing the statistics of every active institution. */
public record SnapshotRun(int refreshed, List<TenantCode> failed) {
}
