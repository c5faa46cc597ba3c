package io.github.ocnmailsetup.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, held exactly: who may use whom, and what each layer may not touch. */
class LayerRulesTest {

    private static final String ROOT = "io.github.ocnmailsetup";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void layers_use_only_the_layers_design_allows() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy(ROOT + ".app..")
                .layer("ui").definedBy(ROOT + ".ui..")
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("probe").definedBy(ROOT + ".probe..")
                .layer("export").definedBy(ROOT + ".export..")
                .layer("clients").definedBy(ROOT + ".clients..")
                .layer("domain").definedBy(ROOT + ".domain..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("probe").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("export").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("clients").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("probe", "export", "clients", "ui", "cli", "app")
                .check(classes);
    }

    @Test
    void every_class_lives_in_one_of_the_seven_layers() {
        noClasses().should().resideOutsideOfPackages(
                        ROOT + ".app..", ROOT + ".ui..", ROOT + ".cli..", ROOT + ".probe..",
                        ROOT + ".export..", ROOT + ".clients..", ROOT + ".domain..")
                .check(classes);
    }

    @Test
    void probe_export_and_clients_do_not_use_each_other() {
        noClasses().that().resideInAPackage(ROOT + ".probe..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".export..", ROOT + ".clients..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".export..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".probe..", ROOT + ".clients..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".clients..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".probe..", ROOT + ".export..")
                .check(classes);
    }

    @Test
    void ui_and_cli_never_import_each_other() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..").check(classes);
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".ui..").check(classes);
    }

    @Test
    void domain_knows_no_javafx_files_network_or_mail_but_the_address_parser() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "JavaFX, files, network or Jakarta Mail other than InternetAddress",
                        c -> c.getPackageName().startsWith("javafx")
                                || c.getPackageName().startsWith("java.nio.file")
                                || c.getPackageName().startsWith("java.net")
                                || c.getPackageName().startsWith("javax.net")
                                || c.getName().startsWith("java.io.File")
                                || c.getName().equals("java.io.RandomAccessFile")
                                || c.getPackageName().startsWith("jakarta.mail")
                                        && !c.getName().equals("jakarta.mail.internet.InternetAddress")
                                        && !c.getName().equals("jakarta.mail.internet.AddressException")))
                .check(classes);
    }

    @Test
    void probe_export_and_clients_know_no_javafx() {
        noClasses().that().resideInAnyPackage(ROOT + ".probe..", ROOT + ".export..", ROOT + ".clients..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void only_the_ui_and_the_app_use_javafx() {
        noClasses().that().resideInAnyPackage(ROOT + ".cli..", ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
