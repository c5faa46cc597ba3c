package io.github.ocnmailsetup.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages: a key missing in Japanese or English fails the build. */
class BundleCompletenessTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    /**
     * The per-software guides are data, not UI text: a label one language version of a software confirms may be
     * unconfirmed in the other, and the lists differ in length. {@code ClientGuidesTest} checks each file on its own.
     */
    private static final Path GUIDES = RESOURCES.resolve("io/github/ocnmailsetup/domain/guides");

    @Test
    void that_every_english_bundle_has_a_japanese_twin_with_the_same_keys() throws IOException {
        List<Path> japanese;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            japanese = files.filter(p -> p.getFileName().toString().endsWith("_ja.properties"))
                    .filter(p -> !p.startsWith(GUIDES)).toList();
        }
        assertThat(japanese).as("Japanese bundles").isNotEmpty();
        for (Path ja : japanese) {
            Path en = ja.resolveSibling(ja.getFileName().toString().replace("_ja.properties", ".properties"));
            assertThat(en).as("English twin of " + ja).exists();
            Properties jaText = load(ja);
            Properties enText = load(en);
            assertThat(keys(jaText)).as("keys of " + ja + " vs " + en).isEqualTo(keys(enText));
            for (String key : keys(enText)) {
                boolean enBlank = enText.getProperty(key).isBlank();
                boolean jaBlank = jaText.getProperty(key).isBlank();
                assertThat(jaBlank).as("text for " + key + " is blank in only one language (" + ja + ")")
                        .isEqualTo(enBlank);
            }
        }
    }

    @Test
    void that_japanese_bundles_are_in_japanese() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path ja : files.filter(p -> p.getFileName().toString().endsWith("_ja.properties")).toList()) {
                String text = String.join("", load(ja).values().stream().map(String::valueOf).toList());
                assertThat(text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).count())
                        .as("kana in " + ja).isPositive();
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
