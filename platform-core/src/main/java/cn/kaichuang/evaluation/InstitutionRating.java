package cn.kaichuang.evaluation;

import cn.kaichuang.tenancy.TenantCode;

/** One institution's averages over all its evaluations, for the province. */
public record InstitutionRating(TenantCode tenant, String name, Averages averages) {
}
