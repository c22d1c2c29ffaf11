package cn.kaichuang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void aPrefectureSupervisesTheDistrictsOfItsOwnPrefixOnly() {
        assertThat(Regions.supervises("430100", "430100")).isTrue();
        assertThat(Regions.supervises("430100", "430102")).isTrue();
        assertThat(Regions.supervises("430100", "430200")).isFalse();
        assertThat(Regions.supervises("431000", "431002")).isTrue();
        assertThat(Regions.supervises("431000", "430100")).isFalse();
    }

    @Test
    void theProvinceCodeCoversTheWholeProvinceAndNonsenseCoversNothing() {
        assertThat(Regions.supervises("430000", "431200")).isTrue();
        assertThat(Regions.supervises("430000", "440100")).isFalse();
        assertThat(Regions.supervises(null, "430100")).isFalse();
        assertThat(Regions.supervises("000000", "430100")).isFalse();
        assertThat(Regions.supervises("43", "430100")).isFalse();
    }
}
