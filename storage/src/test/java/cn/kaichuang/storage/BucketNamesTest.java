package cn.kaichuang.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BucketNamesTest {

    @ParameterizedTest
    @ValueSource(strings = { "abc", "kc-pku", "my.bucket.name", "0-starts-with-digit",
            "a23456789012345678901234567890123456789012345678901234567890123" })
    void acceptsValidNames(String name) {
        assertThat(BucketNames.isValid(name)).isTrue();
        assertThat(BucketNames.requireValid(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ab | must be 3 to 63 characters long, is 2",
            "a234567890123456789012345678901234567890123456789012345678901234 | must be 3 to 63 characters long, is 64",
            "Upper | may contain only lower-case letters",
            "under_score | may contain only lower-case letters",
            "-starts-with-hyphen | must begin and end with a letter or digit",
            "ends-with-hyphen- | must begin and end with a letter or digit",
            "two..dots | must not contain two adjacent periods",
            "192.168.1.1 | must not look like an IP address",
            "xn--punycode | reserved prefix 'xn--'",
            "sthree-bucket | reserved prefix 'sthree-'",
            "bucket-s3alias | reserved suffix '-s3alias'",
            "bucket--ol-s3 | reserved suffix '--ol-s3'" })
    void rejectsInvalidNamesSayingWhichRuleTheyBreak(String name, String problem) {
        assertThat(BucketNames.isValid(name)).isFalse();
        assertThatThrownBy(() -> BucketNames.requireValid(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid bucket name '" + name + "': ")
                .hasMessageContaining(problem);
    }
}
