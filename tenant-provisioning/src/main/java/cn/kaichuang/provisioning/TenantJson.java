package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.Tenant;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The institutions as a JSON array, for scripts; field names are part of the CLI's contract. */
final class TenantJson {

    /** One institution as printed; instants in ISO-8601 UTC. */
    record Entry(String code, String name, String region, String schema, String status, int schemaVersion,
            String createdAt, String updatedAt) {

        static Entry of(Tenant t) {
            return new Entry(t.code().value(), t.name(), t.regionCode(), t.schema(), t.status().name(),
                    t.schemaVersion(), t.createdAt().toString(), t.updatedAt().toString());
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TenantJson() {
    }

    static String write(List<Tenant> tenants) {
        return MAPPER.writeValueAsString(tenants.stream().map(Entry::of).toList());
    }
}
