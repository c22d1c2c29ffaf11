package cn.kaichuang.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.kaichuang.tenancy.TenantDirectory;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The raw tenant registry serves the platform's own work (login, demo seeding) and checks no
 * caller; views reach institutions only through the services that do (supervision).
 */
class ViewsReadThroughGuardedServicesTest {

    @Test
    void viewsNeverReadTheRawTenantRegistry() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.kaichuang.app.ui");
        noClasses().should().dependOnClassesThat().areAssignableTo(TenantDirectory.class).check(classes);
    }
}
