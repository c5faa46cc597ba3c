package io.github.ocnmailsetup.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** What keeps work that can wait out of the way of the wizard's first page (decisions/0031-fast-first-page.md). */
class StartupRulesTest {

    @Test
    void no_class_sets_up_logging_by_merely_loading() {
        fields().that().haveRawType(Logger.class)
                .should().notBeStatic()
                .because("a static logger sets up Logback when its class loads, which put Logback's set-up before"
                        + " the first page; look the logger up at the first log line instead")
                .allowEmptyShould(true)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.ocnmailsetup"));
    }
}
