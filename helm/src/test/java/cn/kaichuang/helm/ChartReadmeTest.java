package cn.kaichuang.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The values table in README.md keeps up with values.yaml. */
class ChartReadmeTest {

    private static final Path CHART = Path.of(System.getProperty("kaichuang.chart.dir", "kaichuang"));

    @Test
    void documentsEveryValue() throws IOException {
        String readme = Files.readString(CHART.resolve("README.md"), StandardCharsets.UTF_8);
        Object values = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(CHART.resolve("values.yaml"), StandardCharsets.UTF_8));
        List<String> keys = new ArrayList<>();
        collectLeafKeys("", values, keys);

        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(keys).allSatisfy(key -> assertThat(documentedSelfOrAncestor(readme, key))
                .as("README.md documents `%s` (or a section above it)", key).isTrue());
    }

    private static boolean documentedSelfOrAncestor(String readme, String key) {
        for (String candidate = key; !candidate.isEmpty();
                candidate = candidate.contains(".") ? candidate.substring(0, candidate.lastIndexOf('.')) : "") {
            if (readme.contains("| `" + candidate + "` |")) {
                return true;
            }
        }
        return false;
    }

    private static void collectLeafKeys(String prefix, Object node, List<String> keys) {
        if (node instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((key, value) -> collectLeafKeys(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, keys));
        } else {
            keys.add(prefix);
        }
    }
}
