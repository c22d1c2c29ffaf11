package cn.kaichuang.lecturer;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.tenancy.TenantCode;
import java.util.Set;

/** One lecturer in the province-wide pool, with the institution they work for. */
public record PoolEntry(TenantCode tenant, String institutionName, String regionCode, LecturerId lecturer, String name,
        String qualificationNo, Set<CourseType> courseTypes) {
}
