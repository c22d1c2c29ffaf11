package cn.kaichuang.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantBucketsTest {

    @Test
    void bucketIsPrefixPlusTenantCode() {
        assertThat(new TenantBuckets().bucketFor("sjtu-incubator")).isEqualTo("kc-sjtu-incubator");
        assertThat(new TenantBuckets("staging-kc-").bucketFor("pku")).isEqualTo("staging-kc-pku");
        assertThat(new TenantBuckets("").bucketFor("pku")).isEqualTo("pku");
    }

    @Test
    void longestTenantCodeStillFitsWithTheDefaultPrefix() {
        String code = "a" + "b".repeat(31);
        assertThat(new TenantBuckets().bucketFor(code)).hasSize(35);
    }

    @ParameterizedTest
    @ValueSource(strings = { "A-school", "1school", "x", "has_underscore", "has.dot", "abcdefghijklmnopqrstuvwxyz0123456" })
    void rejectsWhatIsNotATenantCode(String code) {
        assertThatThrownBy(() -> new TenantBuckets().bucketFor(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid tenant code '" + code + "'");
    }

    @Test
    void rejectsTenantCodesThatMakeAnInvalidBucketName() {
        assertThatThrownBy(() -> new TenantBuckets().bucketFor("ends-with-"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid bucket name 'kc-ends-with-'");
        // Two-letter codes are valid tenant codes but too short for a bucket on their own.
        assertThatThrownBy(() -> new TenantBuckets("").bucketFor("ab"))
                .hasMessageContaining("must be 3 to 63 characters long");
    }

    @ParameterizedTest
    @ValueSource(strings = { "KC-", "-kc", "kc.", "kc_", "abcdefghijklmnopqrstuvwxyz012345" })
    void rejectsPrefixesThatCannotStartABucketName(String prefix) {
        assertThatThrownBy(() -> new TenantBuckets(prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid bucket prefix");
    }

    @Test
    void findsTheTenantOfABucket() {
        TenantBuckets buckets = new TenantBuckets();
        assertThat(buckets.tenantCodeOf("kc-pku")).contains("pku");
        assertThat(buckets.tenantCodeOf("other-pku")).isEmpty();
        assertThat(buckets.tenantCodeOf("kc-")).isEmpty();
    }

    @Test
    void platformBucketsCanNeverBeTakenForATenantsBucket() {
        TenantBuckets buckets = new TenantBuckets();
        assertThat(buckets.platformBucket("courseware")).isEqualTo("kc-0-courseware");
        assertThat(buckets.tenantCodeOf(buckets.platformBucket("courseware"))).isEmpty();
        assertThatThrownBy(() -> buckets.platformBucket("Courseware")).isInstanceOf(IllegalArgumentException.class);
    }
}
