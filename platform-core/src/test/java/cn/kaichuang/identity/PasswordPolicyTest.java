package cn.kaichuang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordOfThreeClasses() {
        assertThat(PasswordPolicy.violations("trainee1", "Kaichuang@2026")).isEmpty();
        assertThat(PasswordPolicy.violations("trainee1", "changsha-xingcheng-7")).isEmpty();
        assertThat(PasswordPolicy.violations("trainee1", "创业培训Kaichuang1")).isEmpty();
    }

    @Test
    void rejectsShortPasswords() {
        assertThat(PasswordPolicy.violations("u", "Ab1!Ab1!x")).containsExactly(PasswordPolicy.TOO_SHORT);
    }

    @Test
    void rejectsPasswordsOfFewerThanThreeClasses() {
        assertThat(PasswordPolicy.violations("u", "abcdefghijkl")).containsExactly(PasswordPolicy.TOO_FEW_CLASSES);
        assertThat(PasswordPolicy.violations("u", "abcdef123456")).containsExactly(PasswordPolicy.TOO_FEW_CLASSES);
        assertThat(PasswordPolicy.violations("u", "abcdef123456X")).isEmpty();
    }

    @Test
    void rejectsPasswordsContainingTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.violations("admin1", "ADMIN1-Secret!"))
                .containsExactly(PasswordPolicy.CONTAINS_USERNAME);
    }

    @Test
    void rejectsWhatBcryptWouldCutOff() {
        assertThat(PasswordPolicy.violations("u", "Aa1!" + "创".repeat(23))).containsExactly(PasswordPolicy.TOO_LONG);
    }

    @Test
    void checkNamesEveryViolation() {
        assertThatThrownBy(() -> PasswordPolicy.check("bob", "bob"))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> assertThat(e.violations())
                        .containsExactly(PasswordPolicy.TOO_SHORT, PasswordPolicy.TOO_FEW_CLASSES,
                                PasswordPolicy.CONTAINS_USERNAME));
    }
}
