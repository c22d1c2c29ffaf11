package cn.kaichuang.helm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The documents of one rendering, parsed as YAML. */
record Manifests(List<Manifest> all) {

    static Manifests parse(String rendered) {
        List<Manifest> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(rendered)) {
            if (document instanceof Map<?, ?> map) {
                documents.add(new Manifest(restoreHookKeys(map)));
            }
        }
        return new Manifests(List.copyOf(documents));
    }

    List<Manifest> ofKind(String kind) {
        return all.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    Optional<Manifest> find(String kind, String name) {
        return all.stream().filter(m -> m.kind().equals(kind) && m.name().equals(name)).findFirst();
    }

    Manifest get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(
                "No " + kind + " " + name + " among " + all.stream().map(m -> m.kind() + "/" + m.name()).toList()));
    }

    /** The manifests Helm would run as hooks (see {@link Chart} for how they are rendered). */
    List<Manifest> hooks() {
        return all.stream().filter(m -> m.annotations().containsKey(Chart.HOOK_KEY)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> restoreHookKeys(Map<?, ?> document) {
        Map<String, Object> copy = (Map<String, Object>) document;
        if (copy.get("metadata") instanceof Map<?, ?> metadata
                && metadata.get("annotations") instanceof Map<?, ?> annotations) {
            Map<String, Object> restored = new LinkedHashMap<>();
            annotations.forEach((key, value) ->
                    restored.put(String.valueOf(key).replace(Chart.RENAMED_HOOK_KEY, Chart.HOOK_KEY), value));
            ((Map<String, Object>) metadata).put("annotations", restored);
        }
        return copy;
    }

    /** One Kubernetes object; {@link #at} walks it by map keys (String) and list indexes (Integer). */
    record Manifest(Map<String, Object> content) {

        String kind() {
            return String.valueOf(content.get("kind"));
        }

        String name() {
            return String.valueOf(at("metadata", "name"));
        }

        Map<String, Object> labels() {
            return mapAt("metadata", "labels");
        }

        Map<String, Object> annotations() {
            Map<String, Object> annotations = mapOrNull("metadata", "annotations");
            return annotations == null ? Map.of() : annotations;
        }

        @Nullable
        Object at(Object... path) {
            Object node = content;
            for (Object step : path) {
                if (step instanceof Integer index && node instanceof List<?> list) {
                    node = index < list.size() ? list.get(index) : null;
                } else if (step instanceof String key && node instanceof Map<?, ?> map) {
                    node = map.get(key);
                } else {
                    return null;
                }
                if (node == null) {
                    return null;
                }
            }
            return node;
        }

        String stringAt(Object... path) {
            Object value = at(path);
            if (value == null) {
                throw new AssertionError(kind() + "/" + name() + " has nothing at " + List.of(path));
            }
            return String.valueOf(value);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> mapAt(Object... path) {
            Map<String, Object> map = mapOrNull(path);
            if (map == null) {
                throw new AssertionError(kind() + "/" + name() + " has no map at " + List.of(path));
            }
            return map;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listAt(Object... path) {
            if (at(path) instanceof List<?> list) {
                return (List<Map<String, Object>>) list;
            }
            throw new AssertionError(kind() + "/" + name() + " has no list at " + List.of(path));
        }

        @SuppressWarnings("unchecked")
        private @Nullable Map<String, Object> mapOrNull(Object... path) {
            return at(path) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
        }

        /** A path inside the pod template's spec of a Deployment, Job or CronJob. */
        Object[] pod(Object... rest) {
            List<Object> path = new ArrayList<>(kind().equals("CronJob")
                    ? List.of("spec", "jobTemplate", "spec", "template", "spec")
                    : List.of("spec", "template", "spec"));
            path.addAll(List.of(rest));
            return path.toArray();
        }

        /** The env entry of the pod's first container, by name. */
        Map<String, Object> env(String variable) {
            return listAt(pod("containers", 0, "env")).stream()
                    .filter(e -> variable.equals(e.get("name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name() + " has no env " + variable));
        }

        /** {@code name/key} of the Secret an env variable of the first container comes from. */
        String secretRef(String variable) {
            Manifest entry = new Manifest(env(variable));
            return entry.stringAt("valueFrom", "secretKeyRef", "name") + "/"
                    + entry.stringAt("valueFrom", "secretKeyRef", "key");
        }
    }
}
