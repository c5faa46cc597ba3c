package io.github.ocnmailsetup.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wizard's shape (docs/architecture.md): each view reaches only its own page's ViewModel, only the composition
 * root builds services, and no class grows past about 300 lines.
 */
class UiStructureRulesTest {

    private static final String UI = "io.github.ocnmailsetup.ui";
    private static final String PAGE = UI + ".page.";
    private static JavaClasses classes;

    /** Each view and section, and the ViewModels it may use: its own page's, nothing else. */
    private static final Map<String, Set<String>> OWN_VIEW_MODELS = Map.ofEntries(
            Map.entry("WelcomeView", Set.of("WelcomeViewModel")),
            Map.entry("WebmailView", Set.of()),
            Map.entry("EligibilityView", Set.of("EligibilityViewModel")),
            Map.entry("VersionUpView", Set.of("VersionUpViewModel")),
            Map.entry("AccountView", Set.of("AccountViewModel")),
            Map.entry("TestView", Set.of("ConnectionTestViewModel")),
            Map.entry("ClientView", Set.of("ClientViewModel")),
            Map.entry("MailAgainView", Set.of("MailAgainViewModel")),
            Map.entry("SettingsView", Set.of("SettingsViewModel", "ThunderbirdViewModel", "ExportViewModel")),
            Map.entry("GuideSection", Set.of("SettingsViewModel")),
            Map.entry("ThunderbirdSection", Set.of("ThunderbirdViewModel")),
            Map.entry("DoneView", Set.of("DoneViewModel", "ExportViewModel")),
            Map.entry("ExportSection", Set.of("DoneViewModel", "ExportViewModel")),
            Map.entry("HomeView", Set.of("HomeViewModel")));

    /** What holds or builds many models: no view may reach these. */
    private static final Set<String> WHOLE_WIZARD = Set.of(UI + ".WizardComposition", UI + ".ShellViewModel",
            PAGE + "PageModels", PAGE + "PageAnswers", PAGE + "RememberedAnswersMapper");

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.ocnmailsetup");
    }

    @Test
    void every_page_view_is_listed_with_its_own_view_models() {
        List<String> views = classes.stream()
                .filter(c -> c.getPackageName().equals(UI + ".page") && !c.isNestedClass()
                        && (c.getSimpleName().endsWith("View") || c.getSimpleName().endsWith("Section")))
                .map(JavaClass::getSimpleName).toList();
        assertThat(views).as("a new view is added to OWN_VIEW_MODELS").containsExactlyInAnyOrderElementsOf(
                OWN_VIEW_MODELS.keySet());
    }

    @Test
    void views_reach_only_their_own_pages_view_models() {
        classes().that().resideInAPackage(UI + ".page")
                .and(DescribedPredicate.describe("are page views or sections",
                        c -> OWN_VIEW_MODELS.containsKey(topLevel(c).getSimpleName())))
                .should(new ArchCondition<>("use no ViewModel but their own page's, and nothing that holds the whole wizard") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        Set<String> own = OWN_VIEW_MODELS.get(topLevel(view).getSimpleName());
                        view.getDirectDependenciesFromSelf().forEach(d -> {
                            JavaClass target = topLevel(d.getTargetClass());
                            boolean otherViewModel = target.getPackageName().startsWith(UI)
                                    && target.getSimpleName().endsWith("ViewModel")
                                    && !own.contains(target.getSimpleName());
                            if (otherViewModel || WHOLE_WIZARD.contains(target.getName())) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        });
                    }
                })
                .check(classes);
    }

    @Test
    void the_shell_view_reaches_only_the_shell_view_model_and_the_display_settings() {
        noClasses().that().haveFullyQualifiedName(UI + ".WizardShellView")
                .should().dependOnClassesThat(DescribedPredicate.describe("page ViewModels or the composition root",
                        c -> c.getName().equals(UI + ".WizardComposition")
                                || c.getPackageName().equals(UI + ".page") && c.getSimpleName().endsWith("ViewModel")))
                .check(classes);
    }

    @Test
    void only_the_composition_root_builds_services() {
        Set<String> services = Set.of("io.github.ocnmailsetup.ui.answers.AnswersStore",
                "io.github.ocnmailsetup.clients.ThunderbirdSetup",
                "io.github.ocnmailsetup.clients.ThunderbirdEnvironment",
                "io.github.ocnmailsetup.probe.ConnectionCheck");
        classes().that().resideInAPackage(UI + "..").and().doNotHaveFullyQualifiedName(UI + ".WizardComposition")
                .should(new ArchCondition<>("build no service (the remembered answers, the Thunderbird set-up, the"
                        + " connection check, a thread pool, the file writer)") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (JavaAccess<?> access : c.getAccessesFromSelf()) {
                            String owner = access.getTargetOwner().getName();
                            boolean builds = access instanceof JavaConstructorCall && services.contains(owner)
                                    || access instanceof JavaMethodCall && (owner.equals("java.util.concurrent.Executors")
                                            || owner.equals("io.github.ocnmailsetup.export.ProfileExporter")
                                            || owner.equals("io.github.ocnmailsetup.clients.ThunderbirdEnvironment")
                                                    && access.getName().equals("system"));
                            if (builds) {
                                events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void no_main_class_is_over_300_lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> long_ = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > 300)
                    .map(f -> f + " (" + lines(f) + " lines)").toList();
            assertThat(long_).as("classes to split by responsibility").isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
