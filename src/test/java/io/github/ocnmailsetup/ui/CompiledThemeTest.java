package io.github.ocnmailsetup.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build (src/build/CompileTheme.java) leaves out the theme's rules for controls the wizard does not use and
 * writes every stylesheet also as binary CSS, which JavaFX then loads instead. These tests hold both halves of
 * that bargain: the app uses only the controls whose rules are kept, and the binary stylesheets say exactly what
 * their CSS says.
 */
class CompiledThemeTest {

    /**
     * The controls the wizard's views may use. A new one needs its style classes taken out of
     * src/build/theme-unused-controls.txt (so the build keeps the theme's rules for it), then a place here.
     */
    private static final Set<String> CONTROLS = Set.of("Alert", "Button", "ButtonBar", "ButtonType", "CheckBox",
            "DialogPane", // the Alert's own pane (style class dialog-pane, kept)
            "Label", "PasswordField", "ProgressBar", "RadioButton", "ScrollPane", "TextField", "Toggle", "Tooltip",
            "ToggleButton", "ToggleGroup",
            // Abstract bases with no style class of their own: the keyboard and reading code tests for them.
            "Control", "Labeled", "ButtonBase", "TextInputControl");
    /** Style classes of those controls (and the parts JavaFX gives them) that the theme must still style. */
    private static final List<String> KEPT_STYLE_CLASSES = List.of("root", "label", "button", "toggle-button",
            "radio-button", "check-box", "text-field", "password-field", "text-input", "scroll-pane",
            "scroll-bar", "progress-bar", "dialog-pane", "alert", "context-menu", "menu-item", "tooltip");
    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([\\w-]+)");
    private static final Pattern FXML_ELEMENT = Pattern.compile("<([A-Z][A-Za-z]*)[\\s>/]");

    @Test
    void the_java_code_uses_no_control_whose_theme_rules_the_build_left_out() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.ocnmailsetup");
        noClasses().should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>(
                        "are JavaFX controls other than " + new TreeSet<>(CONTROLS)) {
                    @Override
                    public boolean test(JavaClass target) {
                        String pkg = target.getPackageName();
                        return (pkg.equals("javafx.scene.control") || pkg.startsWith("javafx.scene.chart")
                                || pkg.startsWith("javafx.scene.web"))
                                && !CONTROLS.contains(target.getSimpleName().replaceAll("\\$.*", ""))
                                && !target.getName().contains("$");
                    }
                })
                .because("the build keeps the theme's rules only for these controls: for another one, take its style"
                        + " classes out of src/build/theme-unused-controls.txt and add it to CONTROLS here")
                .check(classes);
    }

    @Test
    void the_views_use_no_control_whose_theme_rules_the_build_left_out() throws IOException {
        List<String> strangers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path fxml : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher element = FXML_ELEMENT.matcher(Files.readString(fxml));
                while (element.find()) {
                    String name = element.group(1);
                    boolean layout = Set.of("VBox", "HBox", "StackPane", "BorderPane", "Region", "FlowPane",
                            "GridPane", "Insets", "Font", "Text", "TextFlow").contains(name);
                    if (!layout && !CONTROLS.contains(name)) {
                        strangers.add(fxml.getFileName() + ": " + name);
                    }
                }
            }
        }
        assertThat(strangers).as("FXML elements that are neither layouts nor allowed controls: for a new control,"
                + " take its style classes out of src/build/theme-unused-controls.txt and add it to CONTROLS").isEmpty();
    }

    @Test
    void the_trimmed_theme_still_styles_every_control_the_app_uses() throws IOException {
        for (String theme : List.of("theme/primer-light.css", "theme/primer-dark.css")) {
            Set<String> styled = new TreeSet<>();
            for (Rule rule : new CssParser().parse(resource(theme)).getRules()) {
                for (Selector selector : rule.getSelectors()) {
                    styled.addAll(styleClasses(selector));
                }
            }
            assertThat(styled).as(theme).containsAll(KEPT_STYLE_CLASSES).doesNotContain("tab-pane", "table-view");
        }
    }

    @Test
    void the_build_left_out_exactly_the_rules_that_only_unused_controls_can_match() throws IOException {
        Set<String> unused = unusedControls();
        for (String theme : List.of("primer-light.css", "primer-dark.css")) {
            Path vendored = Path.of("src/main/resources/io/github/ocnmailsetup/ui/theme", theme);
            List<String> expected = new ArrayList<>();
            for (Rule rule : new CssParser().parse(vendored.toUri().toURL()).getRules()) {
                if (!rule.getSelectors().stream().allMatch(selector -> namesAny(selector, unused))) {
                    expected.add(rule.getSelectors() + " " + rule.getDeclarations().size());
                }
            }
            List<String> shipped = new ArrayList<>();
            for (Rule rule : new CssParser().parse(resource("theme/" + theme)).getRules()) {
                shipped.add(rule.getSelectors() + " " + rule.getDeclarations().size());
            }
            assertThat(shipped).as(theme).containsExactlyElementsOf(expected);
            assertThat(shipped.size()).as(theme + ": the trimming did something").isLessThan(expected.size() + 700);
        }
    }

    @Test
    void none_of_the_apps_own_style_classes_is_one_the_build_treats_as_unused() throws IOException {
        Set<String> own = new TreeSet<>();
        Pattern fxmlStyleClass = Pattern.compile("styleClass=\"([^\"]*)\"");
        Pattern javaStyleClass = Pattern.compile("getStyleClass\\(\\)\\.(?:add|addAll|setAll)\\(([^)]*)\\)");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml"))
                    .toList()) {
                String text = Files.readString(file);
                Matcher fxml = fxmlStyleClass.matcher(text);
                while (fxml.find()) {
                    for (String name : fxml.group(1).split("[,\\s]+")) {
                        own.add(name);
                    }
                }
                Matcher java = javaStyleClass.matcher(text);
                while (java.find()) {
                    Matcher literal = Pattern.compile("\"([\\w-]+)\"").matcher(java.group(1));
                    while (literal.find()) {
                        own.add(literal.group(1));
                    }
                }
            }
        }
        for (Rule rule : new CssParser().parse(resource("wizard.css")).getRules()) {
            for (Selector selector : rule.getSelectors()) {
                own.addAll(styleClasses(selector));
            }
        }
        assertThat(own).contains("page-title", "nav-button").doesNotContainAnyElementsOf(unusedControls());
    }

    private static Set<String> unusedControls() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/build/theme-unused-controls.txt"))) {
            String name = line.replaceAll("#.*", "").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean namesAny(Selector selector, Set<String> styleClasses) {
        return !java.util.Collections.disjoint(styleClasses(selector), styleClasses);
    }

    /** The style classes a selector names, as in {@code .button:hover > .text}. */
    private static Set<String> styleClasses(Selector selector) {
        Set<String> names = new TreeSet<>();
        Matcher styleClass = STYLE_CLASS.matcher(selector.toString());
        while (styleClass.find()) {
            names.add(styleClass.group(1));
        }
        return names;
    }

    @Test
    void every_stylesheet_has_a_binary_twin_with_the_same_rules() throws IOException {
        for (String css : List.of("theme/primer-light.css", "theme/primer-dark.css", "wizard.css")) {
            Stylesheet parsed = new CssParser().parse(resource(css));
            Stylesheet binary = Stylesheet.loadBinary(resource(css.replace(".css", ".bss")));

            assertThat(binary.getRules()).as(css).hasSameSizeAs(parsed.getRules());
            for (int i = 0; i < parsed.getRules().size(); i++) {
                Rule expected = parsed.getRules().get(i);
                Rule actual = binary.getRules().get(i);
                assertThat(actual.getSelectors().toString()).isEqualTo(expected.getSelectors().toString());
                // Relative URLs resolve against the sheet's own location, which differs only in its extension.
                assertThat(actual.getDeclarations().toString().replace(".bss", ".css"))
                        .isEqualTo(expected.getDeclarations().toString());
            }
        }
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(WizardWindow.class.getResource(name), name);
    }
}
