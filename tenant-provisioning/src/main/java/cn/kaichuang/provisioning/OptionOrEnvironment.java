package cn.kaichuang.provisioning;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How every connection option resolves: the option if given, else the first variable set. */
final class OptionOrEnvironment {

    private OptionOrEnvironment() {
    }

    /** Blank counts as not set, so an empty variable in an env file does not hide the next one. */
    static @Nullable String pick(@Nullable String option, Map<String, String> environment, String... variables) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        for (String variable : variables) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
