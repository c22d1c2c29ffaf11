package cn.kaichuang.bench;

import cn.kaichuang.KaichuangCore;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.TestDatabase;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Prints how long it takes to provision N institutions and then to start the packaged web
 * application with them present. Not a test: it measures and prints, and asserts nothing
 * about time. Run with {@code bench/provisioning-benchmark.sh [tenants] [parallelism]}.
 */
public final class ProvisioningBenchmark {

    private ProvisioningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        File appJar = new File(args.length > 2 ? args[2] : "../ui-vaadin/target/kaichuang.jar");
        TestDatabase.Database db = TestDatabase.server().newDatabase();
        System.out.printf("database: %s (%s)%n", db.url(), TestDatabase.server().kind());

        Map<String, Object> properties = new HashMap<>(TestDatabaseInitializer.TEST_KEYS);
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.user());
        properties.put("spring.datasource.password", db.password());
        properties.put("kaichuang.tenancy.role-prefix", db.rolePrefix());
        properties.put("kaichuang.tenancy.migrate-on-start", "false");
        try (ConfigurableApplicationContext core = new SpringApplicationBuilder(BenchCore.class)
                .web(WebApplicationType.NONE).properties(properties).run()) {
            provision(core.getBean(TenantProvisioning.class), tenants, parallelism);
        }
        if (appJar.isFile()) {
            timeStartUp(appJar, db, tenants);
        } else {
            System.out.println("start-up: skipped, " + appJar + " not built (./mvnw -q install -DskipTests)");
        }
    }

    private static void provision(TenantProvisioning provisioning, int tenants, int parallelism) throws Exception {
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < tenants; i++) {
                TenantCode code = TenantCode.of(String.format("bench-%05d", i));
                work.add(pool.submit(() -> provisioning.create(code, "基准机构 " + code, "430100")));
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("provisioned %d tenants in %.1f s (%.0f ms per tenant, parallelism %d, %d changesets each)%n",
                tenants, seconds, seconds * 1000 / tenants, parallelism, provisioning.currentSchemaVersion());
    }

    private static void timeStartUp(File appJar, TestDatabase.Database db, int tenants) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", appJar.getPath(), "--server.port=0",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(), "--kaichuang.tenancy.role-prefix=" + db.rolePrefix(),
                "--kaichuang.demo.enabled=false", "--kaichuang.data-dir=target/bench-data"));
        TestDatabaseInitializer.TEST_KEYS.forEach((k, v) -> command.add("--" + k + "=" + v));
        long start = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("Started Application in")) {
                    System.out.printf("start-up with %d tenants: %.1f s wall clock (log: %s)%n", tenants,
                            (System.nanoTime() - start) / 1e9, line.substring(line.indexOf("Started")));
                    break;
                }
                if (line.contains("APPLICATION FAILED TO START")) {
                    System.out.println("start-up failed: " + line);
                    break;
                }
            }
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    @SpringBootApplication
    @Import(KaichuangCore.class)
    static class BenchCore {
    }
}
