import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (Maven, process-classes): prepares the wizard's stylesheets in target/classes for a fast first page.
 * <ol>
 * <li>The bundled AtlantaFX Primer theme (about 1,070 rules, most for controls this app never shows) loses the
 * rules whose every selector names a style class listed in src/build/theme-unused-controls.txt; the vendored
 * file in src/main/resources stays as AtlantaFX wrote it. CompiledThemeTest keeps the app off those controls.</li>
 * <li>Every stylesheet is also written in JavaFX's binary form (.bss) next to its .css; JavaFX loads the .bss
 * when it finds one, which skips parsing (decisions/0031-fast-first-page.md).</li>
 * </ol>
 * {@code java -cp <JavaFX jars> src/build/CompileTheme.java target/classes/io/github/ocnmailsetup/ui
 * src/main/resources/io/github/ocnmailsetup/ui}
 */
public final class CompileTheme {

    /** The style classes of controls the wizard does not use, one per line ({@code #} starts a comment). */
    static final Path UNUSED_CONTROLS_FILE = Path.of("src/build/theme-unused-controls.txt");


    private static final Pattern RULE = Pattern.compile("([^{}]*)\\{([^{}]*)\\}");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([A-Za-z_][\\w-]*)");

    private CompileTheme() {
    }

    public static void main(String[] args) throws IOException {
        Path ui = Path.of(args[0]);
        Path vendored = Path.of(args[1]);
        Set<String> unused = unusedControls(UNUSED_CONTROLS_FILE);
        for (String theme : List.of("theme/primer-light.css", "theme/primer-dark.css")) {
            // Always from the vendored file, so a control taken off the list gets its rules back at once.
            String trimmed = trim(Files.readString(vendored.resolve(theme), StandardCharsets.UTF_8), unused);
            Files.writeString(ui.resolve(theme), trimmed, StandardCharsets.UTF_8);
        }
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(ui)) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
        System.out.println("[theme] " + sheets.size() + " stylesheets compiled to .bss in " + ui);
    }

    /** The stylesheet without the rules that only unused controls could match; everything else unchanged. */
    static Set<String> unusedControls(Path file) throws IOException {
        Set<String> names = new java.util.HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String name = line.replaceAll("#.*", "").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    static String trim(String css, Set<String> unused) {
        Matcher header = Pattern.compile("^\\s*/\\*.*?\\*/", Pattern.DOTALL).matcher(css);
        String licence = header.lookingAt() ? header.group().strip() + "\n/* Trimmed by src/build/CompileTheme.java:"
                + " rules for controls this app does not use are left out. */\n" : "";
        String text = COMMENT.matcher(css).replaceAll("");
        StringBuilder out = new StringBuilder(licence);
        Matcher rule = RULE.matcher(text);
        int kept = 0;
        int dropped = 0;
        int end = 0;
        while (rule.find()) {
            out.append(text, end, rule.start());
            end = rule.end();
            if (onlyUnused(rule.group(1), unused)) {
                dropped++;
            } else {
                out.append(rule.group());
                kept++;
            }
        }
        out.append(text.substring(end));
        System.out.println("[theme] kept " + kept + " rules, dropped " + dropped + " for unused controls");
        return out.toString();
    }

    private static boolean onlyUnused(String selectorList, Set<String> unused) {
        List<String> selectors = new ArrayList<>();
        for (String selector : selectorList.split(",")) {
            if (!selector.isBlank()) {
                selectors.add(selector);
            }
        }
        return !selectors.isEmpty() && selectors.stream().allMatch(selector -> namesUnusedControl(selector, unused));
    }

    private static boolean namesUnusedControl(String selector, Set<String> unused) {
        Matcher styleClass = STYLE_CLASS.matcher(selector);
        while (styleClass.find()) {
            if (unused.contains(styleClass.group(1))) {
                return true;
            }
        }
        return false;
    }
}
