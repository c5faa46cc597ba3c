package io.github.ocnmailsetup.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The installers' runtime leaves out java.desktop (AWT, Swing, java.beans) to stay small
 * (src/packaging/BuildInstaller.java). The app's own code must therefore not use it, or the installed app
 * would fail where the tests, on a full JDK, pass.
 */
class DesktopFreeRuntimeTest {

    @Test
    void that_no_class_of_the_app_uses_the_java_desktop_module() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.ocnmailsetup");

        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "java.awt..", "java.beans..", "javax.swing..", "javax.imageio..", "javax.sound..",
                        "javax.print..", "java.applet..", "javax.accessibility..")
                .because("the installers' jlink runtime has no java.desktop module")
                .check(classes);
    }
}
