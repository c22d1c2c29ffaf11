package cn.kaichuang.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The chart under test, linted and rendered by the Helm library that helm-java bundles.
 * <p>
 * Helm's template action returns the release manifest only, without hooks (as {@code helm
 * template} does for a chart whose hooks are filtered). To check the migration hook, rendering
 * uses a copy of the chart in which the {@code helm.sh/hook*} annotation keys are renamed, so Helm
 * treats the hook resources as ordinary ones; {@link Manifests} names the keys back. Linting uses
 * the chart as it is.
 */
final class Chart {

    static final String RELEASE = "kc";
    static final String NAMESPACE = "edu";
    /** The chart requires Kubernetes 1.27+; Helm's client-only default is older. */
    static final String KUBE_VERSION = "1.31.0";
    static final String FULLNAME = RELEASE + "-kaichuang";

    static final String HOOK_KEY = "helm.sh/hook";
    static final String RENAMED_HOOK_KEY = "unhooked-for-test.kaichuang.cn/hook";

    private static final Path SOURCE = Path.of(System.getProperty("kaichuang.chart.dir", "kaichuang"));
    private static final Path RENDERABLE = copyWithHooksAsPlainResources(
            Path.of(System.getProperty("kaichuang.chart.work", "target/chart-under-test")));

    private Chart() {
    }

    static LintResult lintStrict() {
        return new Helm(SOURCE).lint().strict().call();
    }

    /** The NOTES.txt Helm prints after an install, from a client-only dry run. */
    static String installNotes(String ciValueSet) {
        String output = new Helm(SOURCE).install()
                .withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION)
                .withValuesFile(SOURCE.resolve("ci").resolve(ciValueSet + "-values.yaml"))
                .clientOnly().dryRun().call().getOutput();
        int notes = output.indexOf("NOTES:");
        if (notes < 0) {
            throw new AssertionError("No NOTES in the install output:\n" + output);
        }
        return output.substring(notes);
    }

    static Rendering template() {
        return new Rendering(new Helm(RENDERABLE).template()
                .withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION));
    }

    /** One `helm template` call being put together. */
    static final class Rendering {

        private TemplateCommand command;

        private Rendering(TemplateCommand command) {
            this.command = command;
        }

        /** A value set from the chart's ci/ folder, e.g. {@code "ha"} for ci/ha-values.yaml. */
        Rendering values(String ciValueSet) {
            Path file = SOURCE.resolve("ci").resolve(ciValueSet + "-values.yaml");
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("No value set " + file);
            }
            command = command.withValuesFile(file);
            return this;
        }

        /** Like {@code --set key=value}. */
        Rendering set(String key, Object value) {
            command = command.set(key, value);
            return this;
        }

        Manifests render() {
            return Manifests.parse(command.call());
        }
    }

    private static Path copyWithHooksAsPlainResources(Path workDir) {
        Path target = workDir.resolve("kaichuang");
        try {
            deleteRecursively(target);
            try (Stream<Path> files = Files.walk(SOURCE)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(SOURCE.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(copy);
                    } else if (source.getParent().endsWith("templates")) {
                        String text = Files.readString(source, StandardCharsets.UTF_8);
                        Files.writeString(copy, text.replace(HOOK_KEY, RENAMED_HOOK_KEY), StandardCharsets.UTF_8);
                    } else {
                        Files.copy(source, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the chart from " + SOURCE.toAbsolutePath(), e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
