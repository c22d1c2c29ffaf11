package cn.kaichuang.identity;

import java.util.List;

/**
 * A refusal the UI tells the user in their language: {@link #messageKey()} is a key of the UI's
 * translations and {@link #arguments()} fill its placeholders. An argument in the key's own
 * namespace (such as {@code submission.section.finance} for {@code submission.error.too-long}) is a
 * key itself and is shown translated; every other argument is shown as it is. Lives beside
 * {@link AccessRefusedException}, the other refusal, because every feature already depends on this
 * package.
 */
public interface LocalizedRefusal {

    String messageKey();

    List<String> arguments();
}
