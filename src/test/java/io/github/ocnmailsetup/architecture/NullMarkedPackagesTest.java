package io.github.ocnmailsetup.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * JSpecify's {@code @NullMarked} applies to one package, not to its subpackages: every package of the application,
 * subpackages included, states it in its own package-info, so "non-null unless marked" holds everywhere.
 */
class NullMarkedPackagesTest {

    @Test
    void that_every_package_with_classes_is_null_marked() {
        Set<String> unmarked = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.ocnmailsetup")) {
            Package pkg = type.reflect().getPackage();
            if (!pkg.isAnnotationPresent(NullMarked.class)) {
                unmarked.add(pkg.getName());
            }
        }

        assertThat(unmarked).as("packages without @NullMarked in package-info.java").isEmpty();
    }
}
