package io.github.ocnmailsetup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard's start as a double-click makes it, in a JVM of its own (headless Monocle for a display), up to the
 * first page ({@code --measure-startup} halts there): the page shows, the terminal gets no JavaFX warning and
 * no stack trace, and nothing was set up that can wait, so not even the log file exists yet.
 */
class DoubleClickStartTest {

    @Test
    void that_the_first_page_shows_quietly_with_nothing_set_up_that_can_wait(@TempDir Path home) throws Exception {
        Path logs = home.resolve("logs");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djavafx.cachedir=" + home.resolve("javafx-cache"), "-Duser.language=en",
                "-Docnsetup.home=" + home, "-Docnsetup.log.dir=" + logs,
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--measure-startup"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("first-page-ms \\d+")
                .doesNotContain("Unsupported JavaFX configuration", "Exception", "WARN");
        assertThat(logFiles(logs)).as("Logback writes its file only once set up, after the first page").isEmpty();
    }

    private static List<Path> logFiles(Path logs) throws IOException {
        if (!Files.isDirectory(logs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(logs)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
