package cn.kaichuang.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdCardNumberTest {

    // The GB 11643-1999 standard's own example number.
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsTheStandardsExampleAndReadsItsBirthDate() {
        IdCardNumber number = IdCardNumber.of(STANDARD_EXAMPLE.toLowerCase());
        assertThat(number.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.masked()).isEqualTo("110105********002X");
        assertThat(number.lastFour()).isEqualTo("002X");
    }

    @Test
    void computesTheCheckCharacter() {
        assertThat(IdCardNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdCardNumber.checkCharacter("43010219900307123")).isEqualTo(
                "10X98765432".charAt(sum("43010219900307123") % 11));
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThatThrownBy(() -> IdCardNumber.of("110105194912310021"))
                .isInstanceOf(InvalidIdCardNumberException.class)
                .hasMessageContaining("check digit");
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        String first17 = "11010519490231002";
        assertThatThrownBy(() -> IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)))
                .hasMessageContaining("birth date");
    }

    @Test
    void refusesWrongLengthAndLetters() {
        assertThat(IdCardNumber.isValid("1101051949123100")).isFalse();
        assertThat(IdCardNumber.isValid("11010519491231002Y")).isFalse();
        assertThat(IdCardNumber.isValid("")).isFalse();
        assertThat(IdCardNumber.isValid(null)).isFalse();
    }

    private static int sum(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
