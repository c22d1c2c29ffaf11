package cn.kaichuang.helm;

import static cn.kaichuang.helm.Chart.FULLNAME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.helm.Manifests.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image (docker/) and the chart agree: the chart's commands reach the right program through
 * the entrypoint, and the chart's user is the image's. No Docker engine is needed: the entrypoint
 * runs under /bin/sh with a stand-in {@code java} that prints its arguments.
 */
class ImageContractTest {

    private static final Path DOCKER = Path.of(System.getProperty("kaichuang.docker.dir", "../docker"));

    @TempDir
    Path bin;

    @Test
    void startsTheWebApplicationFromTheExtractedLayers() throws Exception {
        assertThat(runEntrypoint("app", "--server.port=9090"))
                .isEqualTo("-XX:MaxRAMPercentage=50 -cp /opt/kaichuang/app "
                        + "org.springframework.boot.loader.launch.JarLauncher --server.port=9090");
        assertThat(runEntrypoint()).as("no argument means app")
                .isEqualTo("-XX:MaxRAMPercentage=50 -cp /opt/kaichuang/app org.springframework.boot.loader.launch.JarLauncher");
    }

    @Test
    void runsTheCliWithTheArgumentsTheChartGives() throws Exception {
        Manifests manifests = Chart.template().values("monitoring").render();
        Manifest migrate = manifests.get("Job", FULLNAME + "-migrate");
        Manifest export = manifests.get("CronJob", FULLNAME + "-export");

        assertThat(runEntrypoint(args(migrate)))
                .isEqualTo("-XX:MaxRAMPercentage=50 -jar /opt/kaichuang/kaichuang-tenants.jar migrate --all");
        assertThat(runEntrypoint(args(export)))
                .isEqualTo("-XX:MaxRAMPercentage=50 -jar /opt/kaichuang/kaichuang-tenants.jar "
                        + "export --all --to s3://kaichuang-exports/nightly");
        assertThat(args(manifests.get("Deployment", FULLNAME))).containsExactly("app");
    }

    @Test
    void buildsTheLayeredImageForTheChartsUser() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"), StandardCharsets.UTF_8);
        Manifest deployment = Chart.template().render().get("Deployment", FULLNAME);

        assertThat(dockerfile)
                .contains("FROM ${JAVA_IMAGE}", "ARG JAVA_IMAGE=eclipse-temurin:25-jre")
                .contains("java -Djarmode=tools -jar kaichuang.jar extract --layers --launcher --destination extracted")
                .contains("COPY ui-vaadin/target/kaichuang.jar", "COPY tenant-provisioning/target/kaichuang-tenants.jar")
                .contains("USER 10001:10001", "--uid 10001", "--gid 10001")
                .contains("ENTRYPOINT [\"/usr/local/bin/kaichuang\"]");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(dockerfile).contains("COPY --from=layers /build/extracted/" + layer + "/ ./");
        }
        assertThat(deployment.at(deployment.pod("securityContext", "runAsUser"))).isEqualTo(10001);
        assertThat(deployment.at(deployment.pod("securityContext", "runAsGroup"))).isEqualTo(10001);
    }

    private static String[] args(Manifest manifest) {
        if (manifest.at(manifest.pod("containers", 0, "args")) instanceof List<?> args) {
            return args.stream().map(String::valueOf).toArray(String[]::new);
        }
        throw new AssertionError(manifest.name() + " gives its container no args");
    }

    private String runEntrypoint(String... args) throws Exception {
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("/bin/sh", DOCKER.resolve("entrypoint.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        builder.environment().put("JAVA_OPTS", "-XX:MaxRAMPercentage=50");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
