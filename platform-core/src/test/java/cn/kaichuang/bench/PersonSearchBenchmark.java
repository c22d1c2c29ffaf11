package cn.kaichuang.bench;

import cn.kaichuang.cohort.People;
import cn.kaichuang.cohort.Person;
import cn.kaichuang.crypto.BlindIndex;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.testsupport.CoreTestApplication;
import cn.kaichuang.testsupport.SignedIn;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills {@code platform.person_index} with N trainees over M institutions (COPY, synthetic valid
 * ID numbers, one in twenty persons at a second institution) and times the province's search for
 * one person by ID number through {@link People#findByIdCard}, the call the people view makes
 * (blind index, SQL, audit entry). Prints p50/p95/p99; asserts nothing.
 *   args: [trainees=1000000] [institutions=1000] [lookups=1000]
 */
public final class PersonSearchBenchmark {

    private static final List<String> PREFECTURES = List.of("430100", "430200", "430300", "430400", "430500",
            "430600", "430700", "430800", "430900", "431000", "431100", "431200", "431300", "433100");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private PersonSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int trainees = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int institutions = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int lookups = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class)
                .initializers(new TestDatabaseInitializer()).web(WebApplicationType.NONE)
                .properties("logging.level.root=WARN").run()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            BlindIndex blindIndex = context.getBean(BlindIndex.class);
            People people = context.getBean(People.class);
            DataSource dataSource = context.getBean(DataSource.class);

            long started = System.nanoTime();
            for (int t = 0; t < institutions; t++) {
                jdbc.sql("insert into platform.tenant (code, name, region_code, schema_name, status)"
                                + " values (?, ?, ?, ?, 'ACTIVE')")
                        .params(code(t), "基准机构 " + t, PREFECTURES.get(t % PREFECTURES.size()), "t_bench_" + t)
                        .update();
            }
            int persons = 0;
            try (Connection connection = dataSource.getConnection()) {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                StringBuilder chunk = new StringBuilder();
                int row = 0;
                for (int p = 0; row < trainees; p++) {
                    String index = blindIndex.of(idCard(p));
                    int home = p % institutions;
                    // One person in twenty trained at a second institution too.
                    int times = p % 20 == 0 ? 2 : 1;
                    for (int k = 0; k < times && row < trainees; k++, row++) {
                        int tenant = (home + k * 7) % institutions;
                        chunk.append(code(tenant)).append('\t').append(row + 1).append('\t').append(index).append('\t')
                                .append("学员").append(p).append('\t').append("2026-01-01 08:00:00+08\n");
                    }
                    persons++;
                    if (chunk.length() > 8_000_000) {
                        copy(copy, chunk);
                    }
                }
                copy(copy, chunk);
            }
            jdbc.sql("analyze platform.person_index").update();
            jdbc.sql("analyze platform.tenant").update();
            System.out.printf("filled: %,d trainees (%,d persons) over %,d institutions in %.1f s%n", trainees,
                    persons, institutions, (System.nanoTime() - started) / 1e9);

            Caller province = SignedIn.caller("bench-province", Role.PROVINCE_ADMIN, null, null);
            Caller prefecture = SignedIn.caller("bench-changsha", Role.PREFECTURE_ADMIN, null, "430100");
            Random random = new Random(42);
            int finalPersons = persons;
            Supplier<IdCardNumber> someone = () -> idCard(random.nextInt(finalPersons));
            // Warm-up: JIT, pool, plan cache.
            for (int i = 0; i < 200; i++) {
                IdCardNumber id = someone.get();
                SignedIn.as(province, () -> people.findByIdCard(id));
            }
            report("province, findByIdCard (blind index + SQL + audit entry)", lookups,
                    () -> SignedIn.as(province, () -> people.findByIdCard(someone.get())));
            report("prefecture 430100, findByIdCard", lookups,
                    () -> SignedIn.as(prefecture, () -> people.findByIdCard(someone.get())));
            report("province, findByName prefix (first page of 50)", Math.min(lookups, 200),
                    () -> SignedIn.as(province, () -> Optional.of(people.findByName("学员" + random.nextInt(
                            finalPersons), 0, 50)).flatMap(page -> page.persons().stream().findFirst())));
        }
    }

    private static void report(String what, int lookups, Supplier<Optional<Person>> lookup) {
        long[] nanos = new long[lookups];
        int found = 0;
        for (int i = 0; i < lookups; i++) {
            long t0 = System.nanoTime();
            found += lookup.get().isPresent() ? 1 : 0;
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: %d lookups, %d found; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                lookups, found, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[lookups - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void copy(CopyManager copy, StringBuilder chunk) throws Exception {
        copy.copyIn("copy platform.person_index (tenant_code, trainee_id, id_card_index, name, registered_at)"
                + " from stdin", new StringReader(chunk.toString()));
        chunk.setLength(0);
    }

    private static String code(int tenant) {
        return String.format("bench-%04d", tenant);
    }

    /** A valid number per person: a Hunan district, a birth date and a sequence, with its check digit. */
    private static IdCardNumber idCard(int person) {
        String region = PREFECTURES.get(person % PREFECTURES.size()).substring(0, 4) + "02";
        String birth = BASIC.format(LocalDate.of(1960, 1, 1).plusDays(person / 1000 % 15_000));
        String first17 = region + birth + String.format("%03d", person % 1000);
        return IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
    }
}
