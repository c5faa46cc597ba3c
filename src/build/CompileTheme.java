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
 * rules whose every selector names a style class of a control in {@link #UNUSED_CONTROLS}; the vendored file in
 * src/main/resources stays as AtlantaFX wrote it. UnusedThemeControlsTest keeps the app off those controls.</li>
 * <li>Every stylesheet is also written in JavaFX's binary form (.bss) next to its .css; JavaFX loads the .bss
 * when it finds one, which skips parsing (decisions/0031-fast-first-page.md).</li>
 * </ol>
 * {@code java -cp <JavaFX jars> src/build/CompileTheme.java target/classes/io/github/ocnmailsetup/ui}
 */
public final class CompileTheme {

    /** Style classes of controls the wizard does not use (JavaFX's and AtlantaFX's). */
    static final Set<String> UNUSED_CONTROLS = Set.of(
            "tab-pane", "tab-header-area", "tab-header-background", "tab-line", "tab",
            "menu-button", "split-menu-button", "menu-bar", "tool-bar",
            "table-view", "table-row-cell", "table-cell", "column-header", "column-header-background",
            "nested-column-header", "tree-table-view", "tree-table-row-cell", "tree-table-cell", "tree-view",
            "tree-cell", "list-view", "list-cell",
            "combo-box", "combo-box-base", "combo-box-popup", "choice-box", "date-picker", "date-picker-popup",
            "calendar", "color-picker", "color-palette", "color-palette-region", "custom-color-dialog",
            "spinner", "slider", "pagination", "split-pane", "split-pane-divider", "titled-pane",
            "progress-indicator", "ring-progress-indicator", "html-editor", "text-input-dialog", "choice-dialog",
            "radio-menu-item", "check-menu-item", "caption-menu-item",
            "chart", "chart-plot-background", "chart-legend", "bar-chart", "stacked-bar-chart", "chart-pie",
            "chart-bar", "area-legend-symbol", "chart-line-symbol", "chart-series-line", "axis",
            "default-color0", "default-color1", "default-color2", "default-color3", "default-color4",
            "default-color5", "default-color6", "default-color7",
            "notification", "message", "toggle-switch", "card", "tile", "tile-base", "modal-box", "popover",
            "custom-text-field", "masked-text-field", "inline-date-picker", "segmented-control", "breadcrumbs",
            "deck-pane", "input-group", "bb-code", "ikonli-font-icon");

    private static final Pattern RULE = Pattern.compile("([^{}]*)\\{([^{}]*)\\}");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([A-Za-z_][\\w-]*)");

    private CompileTheme() {
    }

    public static void main(String[] args) throws IOException {
        Path ui = Path.of(args[0]);
        for (String theme : List.of("theme/primer-light.css", "theme/primer-dark.css")) {
            Path css = ui.resolve(theme);
            String trimmed = trim(Files.readString(css, StandardCharsets.UTF_8));
            Files.writeString(css, trimmed, StandardCharsets.UTF_8);
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
    static String trim(String css) {
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
            if (onlyUnused(rule.group(1))) {
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

    private static boolean onlyUnused(String selectorList) {
        List<String> selectors = new ArrayList<>();
        for (String selector : selectorList.split(",")) {
            if (!selector.isBlank()) {
                selectors.add(selector);
            }
        }
        return !selectors.isEmpty() && selectors.stream().allMatch(CompileTheme::namesUnusedControl);
    }

    private static boolean namesUnusedControl(String selector) {
        Matcher styleClass = STYLE_CLASS.matcher(selector);
        while (styleClass.find()) {
            if (UNUSED_CONTROLS.contains(styleClass.group(1))) {
                return true;
            }
        }
        return false;
    }
}
