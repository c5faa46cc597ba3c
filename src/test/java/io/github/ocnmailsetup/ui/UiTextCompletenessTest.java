package io.github.ocnmailsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every visible string of the wizard comes from its bundle, in both languages: a key missing in either,
 * a {@code %key} in FXML or a key in Java that no bundle has, or a literal text in FXML or in a
 * {@code setText("...")} call fails the build.
 */
class UiTextCompletenessTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java/io/github/ocnmailsetup/ui");
    private static final Path FXML = Path.of("src/main/resources/io/github/ocnmailsetup/ui");
    private static final Pattern FXML_TEXT = Pattern.compile(
            "\\b(text|promptText|accessibleText|accessibleHelp)=\"([^\"]*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.\\-]+)\"");
    private static final Pattern JAVA_LITERAL_TEXT = Pattern.compile(
            "\\.(setText|setPromptText|setAccessibleText|setTitle|setHeaderText|setContentText)\\(\\s*\"");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:UiText\\.(?:get|of)\\([^,)]*,\\s*|UiText\\.of\\(|text\\((?:context,\\s*)?)\"([a-z][A-Za-z0-9_.\\-]+)\"");

    @Test
    void that_both_languages_have_the_same_keys() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> japanese = keys("messages_ja.properties");
        assertThat(japanese).as("keys missing in Japanese").containsAll(english);
        assertThat(english).as("keys missing in English").containsAll(japanese);
    }

    @Test
    void that_every_key_the_views_use_exists() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> used = new TreeSet<>();
        for (Path file : files(FXML, ".fxml")) {
            Matcher m = FXML_KEY.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        for (Path file : files(MAIN_JAVA, ".java")) {
            Matcher m = JAVA_KEY.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        used.removeIf(key -> key.endsWith(".")); // families built in code, checked below
        for (int i = 0; i < io.github.ocnmailsetup.ui.flow.Page.STEPS; i++) {
            used.add("step." + i);
        }
        for (var mark : io.github.ocnmailsetup.domain.NoticeRemark.values()) {
            used.add("settings.mark." + mark.name());
        }
        for (var status : io.github.ocnmailsetup.ui.page.StepRow.Status.values()) {
            used.add("test.status." + status.name());
        }
        assertThat(used).as("keys found in views").hasSizeGreaterThan(100);
        assertThat(english).containsAll(used);
    }

    @Test
    void that_no_fxml_shows_a_literal_text() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : files(FXML, ".fxml")) {
            Matcher m = FXML_TEXT.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(2).startsWith("%")) {
                    literals.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void that_no_java_sets_a_literal_text() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : files(MAIN_JAVA, ".java")) {
            String[] lines = Files.readString(file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (JAVA_LITERAL_TEXT.matcher(lines[i]).find() || lines[i].matches(".*new (Label|Button|CheckBox|RadioButton)\\(\".*")) {
                    literals.add(file.getFileName() + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void that_no_java_holds_japanese_text_outside_comments() throws IOException {
        Pattern kana = Pattern.compile("\"[^\"]*[\\u3040-\\u30ff\\u4e00-\\u9fff][^\"]*\"");
        List<String> found = new ArrayList<>();
        for (Path file : files(MAIN_JAVA, ".java")) {
            for (String line : Files.readAllLines(file)) {
                String code = line.strip();
                if (!code.startsWith("*") && !code.startsWith("//") && !code.startsWith("/*")
                        && kana.matcher(code).find()) {
                    found.add(file.getFileName() + ": " + code);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static Set<String> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiTextCompletenessTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
