package cn.kaichuang;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails when a feature reaches into another's internals or features form a cycle. */
class ModuleBoundariesTest {

    @Test
    void featurePackagesKeepTheirInternalsToThemselves() {
        ApplicationModules.of(KaichuangCore.class.getPackageName()).verify();
    }
}
