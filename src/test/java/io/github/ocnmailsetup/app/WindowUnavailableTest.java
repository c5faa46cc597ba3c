package io.github.ocnmailsetup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A double-click (or {@code ./mvnw javafx:run}) where no window can open: the user reads why and the fix in
 * their language, the process ends with 1, and no stack trace reaches the terminal.
 */
class WindowUnavailableTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void that_a_missing_display_is_explained_in_japanese_without_a_stack_trace(@TempDir Path home) throws Exception {
        Result result = startWithoutDisplay(home, "--lang", "ja");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("設定画面を開けませんでした", "ディスプレイ")
                .doesNotContain("Exception", "\tat ", "WARN");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void that_the_demo_without_a_display_says_so_in_english(@TempDir Path home) throws Exception {
        Result result = startWithoutDisplay(home, "--demo", "--lang", "en");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("could not open", "no display")
                .doesNotContain("Exception", "\tat ", "WARN");
    }

    @Test
    void that_javafx_errors_name_their_cause() {
        assertThat(WindowUnavailable.Cause.of(new UnsupportedOperationException("Unable to open DISPLAY")))
                .isEqualTo(WindowUnavailable.Cause.NO_DISPLAY);
        assertThat(WindowUnavailable.Cause.of(new RuntimeException("launch failed",
                new UnsatisfiedLinkError("Unable to load glass GTK library"))))
                .isEqualTo(WindowUnavailable.Cause.NO_GTK);
        assertThat(WindowUnavailable.Cause.of(new IllegalStateException("other")))
                .isEqualTo(WindowUnavailable.Cause.OTHER);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result startWithoutDisplay(Path home, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=gtk", "-Djavafx.cachedir=" + home.resolve("javafx-cache"),
                "-Docnsetup.home=" + home, "-Docnsetup.log.dir=" + home.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
