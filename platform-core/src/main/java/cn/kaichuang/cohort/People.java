package cn.kaichuang.cohort;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.internal.PersonIndexTable;
import cn.kaichuang.cohort.internal.PersonIndexTable.Row;
import cn.kaichuang.cohort.internal.PlatformJdbc;
import cn.kaichuang.crypto.BlindIndex;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The province's (and a prefecture's, within its region) view of people across institutions:
 * found by the blind index of the ID number in {@code platform.person_index}, or by name; their
 * training history read live from each institution through {@link Cohorts}. Every search and
 * every history lookup is recorded in the platform audit chain, naming who was looked up.
 */
@Service
public class People {

    private final PersonIndexTable index;
    private final PlatformJdbc platform;
    private final BlindIndex blindIndex;
    private final Cohorts cohorts;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    People(PersonIndexTable index, PlatformJdbc platform, BlindIndex blindIndex, Cohorts cohorts, AccessPolicy policy,
            AuditTrail audit) {
        this.index = index;
        this.platform = platform;
        this.blindIndex = blindIndex;
        this.cohorts = cohorts;
        this.policy = policy;
        this.audit = audit;
    }

    /** The person with this ID number, in the institutions the caller supervises. */
    public Optional<Person> findByIdCard(IdCardNumber idCard) {
        String key = blindIndex.of(idCard);
        String region = regionOfSupervisor("person.search");
        return platform.call(() -> {
            audit.recordPlatform(new AuditEvent("person.searched", "person", key, null, null));
            return persons(index.byIdCard(key, region)).stream().findFirst();
        });
    }

    /** The persons whose name starts with {@code name}, a page of them, ordered by name. */
    public PersonPage findByName(String name, int offset, int limit) {
        if (name.isBlank()) {
            return PersonPage.empty();
        }
        String region = regionOfSupervisor("person.search");
        return platform.call(() -> {
            audit.recordPlatform(new AuditEvent("person.searched", "person", "name:" + name.strip(), null, null));
            long total = index.countByName(name, region);
            return new PersonPage(total == 0 ? List.of() : persons(index.byName(name, region, offset, limit)), total);
        });
    }

    /**
     * The cohorts of every record of the person, newest first, read in each institution with the
     * caller's own rights (so an institution out of reach contributes nothing).
     */
    public Optional<PersonHistory> history(String key) {
        String region = regionOfSupervisor("person.history");
        Optional<Person> person = platform.call(() -> {
            audit.recordPlatform(new AuditEvent("person.history-viewed", "person", key, null, null));
            return persons(index.byIdCard(key, region)).stream().findFirst();
        });
        return person.map(p -> {
            List<PersonHistory.Entry> entries = new ArrayList<>();
            for (PersonRecord record : p.records()) {
                TenantContext.call(record.tenant(), () -> cohorts.enrolledBy(record.trainee())).forEach(
                        cohort -> entries.add(new PersonHistory.Entry(record, cohort)));
            }
            entries.sort(Comparator.comparing((PersonHistory.Entry e) -> e.cohort().startDate()).reversed());
            return new PersonHistory(p, entries);
        });
    }

    /**
     * Null for the province and the platform (every region), the region prefix for a prefecture;
     * everyone else is refused, and the refusal recorded.
     */
    private @Nullable String regionOfSupervisor(String operation) {
        Caller caller = policy.caller();
        if (caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)) {
            return null;
        }
        String region = caller.regionCode();
        if (caller.is(Role.PREFECTURE_ADMIN) && region != null && region.matches("\\d{6}")
                && !region.replaceFirst("(00)+$", "").isEmpty()) {
            return region.replaceFirst("(00)+$", "");
        }
        throw policy.refusal(caller, operation);
    }

    private static List<Person> persons(List<Row> rows) {
        Map<String, List<PersonRecord>> byKey = new LinkedHashMap<>();
        for (Row row : rows) {
            byKey.computeIfAbsent(row.idCardIndex(), k -> new ArrayList<>()).add(new PersonRecord(
                    TenantCode.of(row.tenant()), row.institution(), row.regionCode(), new TraineeId(row.traineeId()),
                    row.name(), row.registeredAt()));
        }
        return byKey.entrySet().stream().map(e -> new Person(e.getKey(), e.getValue().getLast().name(),
                List.copyOf(e.getValue()))).toList();
    }
}
