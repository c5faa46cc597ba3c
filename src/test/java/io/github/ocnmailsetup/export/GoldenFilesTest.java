package io.github.ocnmailsetup.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.MailClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each format for the sample address taro@abc.ocn.ne.jp, in both languages, against the files kept in
 * {@code src/test/resources/export/<lang>/}. UUIDs are fresh on every run, so they are normalised first.
 * Run with {@code -Dgolden.update=true} to write the golden files again after an intended change.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/export");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ja, MOBILECONFIG", "ja, THUNDERBIRD", "ja, AUTODISCOVER", "ja, SHEET",
            "en, MOBILECONFIG", "en, THUNDERBIRD", "en, AUTODISCOVER", "en, SHEET"})
    void that_the_output_matches_the_golden_file(String language, ExportFormat format) throws IOException {
        ExportRequest request = Samples.request(MailClient.THUNDERBIRD, Locale.forLanguageTag(language));
        String actual = normalise(new String(ProfileExporter.render(request, format), StandardCharsets.UTF_8));
        Path golden = GOLDEN.resolve(language).resolve(format.fileName(request.profile().address()));

        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }

        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static String normalise(String text) {
        return text.replaceAll("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}",
                "00000000-0000-0000-0000-000000000000");
    }
}
