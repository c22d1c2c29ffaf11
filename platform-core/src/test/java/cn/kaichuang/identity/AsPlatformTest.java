package cn.kaichuang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.testsupport.SignedIn;
import org.junit.jupiter.api.Test;

/**
 * Work run as the platform is the platform's however the caller is signed in (in a Vaadin request
 * the expert's security context cannot be swapped away), and only while it runs.
 */
class AsPlatformTest {

    private final AsPlatform asPlatform = new AsPlatform();
    private final CurrentCaller current = new CurrentCaller(asPlatform);
    private final Caller expert = SignedIn.caller("expert-zz", Role.EXPERT, "zhuzhou-yandi", null);

    @Test
    void theWorkIsThePlatformsAndTheCallerIsBackAfterIt() {
        SignedIn.run(expert, () -> {
            assertThat(current.get()).isEqualTo(expert);
            assertThat(asPlatform.call(current::get)).isEqualTo(Caller.SYSTEM);
            assertThat(current.get()).isEqualTo(expert);
        });
    }

    @Test
    void nestedWorkKeepsThePlatformUntilTheOutermostEnds() {
        SignedIn.run(expert, () -> {
            Caller afterInner = asPlatform.call(() -> {
                asPlatform.call(current::get);
                return current.get();
            });
            assertThat(afterInner).isEqualTo(Caller.SYSTEM);
            assertThat(current.get()).isEqualTo(expert);
        });
    }

    @Test
    void aFailureInTheWorkGivesTheCallerBack() {
        SignedIn.run(expert, () -> {
            assertThatThrownBy(() -> asPlatform.call(() -> {
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(current.get()).isEqualTo(expert);
        });
    }
}
