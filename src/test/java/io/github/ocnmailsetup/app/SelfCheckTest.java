package io.github.ocnmailsetup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The self-check in a fresh JVM, as the packaged launcher runs it: with the full runtime everything passes; with a
 * runtime that lacks the modules a careless jlink drops, the matching checks fail and the exit code says so.
 */
class SelfCheckTest {

    @Test
    void that_every_check_passes_on_a_full_runtime() throws Exception {
        Run run = selfCheck(List.of());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains(
                "PASS  ISO-2022-JP mail encoding",
                "PASS  TLS 1.3 with elliptic-curve key exchange (loopback): TLSv1.3",
                "PASS  Japanese era dates: 2019-05-01 = " + SelfCheck.REIWA + "1-5-1",
                "PASS  Trusted root certificates: runtime ",
                "PASS  Bundled OCN settings: POP pop.ocn.ne.jp:995, SMTP smtp.ocn.ne.jp:465",
                "Self-check passed: 5 of 5 checks.");
    }

    @Test
    void that_a_runtime_without_charsets_localedata_and_elliptic_curves_fails() throws Exception {
        Run run = selfCheck(List.of("--limit-modules", "java.base,java.xml,java.naming,java.logging,java.sql"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains(
                "FAIL  ISO-2022-JP mail encoding",
                "FAIL  Japanese era dates",
                "PASS  Bundled OCN settings",
                "Self-check failed:");
        if (Runtime.version().feature() < 22) {
            // Before Java 22 the elliptic curves live in jdk.crypto.ec; from 22 on they are in java.base.
            assertThat(run.output()).contains("FAIL  TLS 1.3 with elliptic-curve key exchange");
        }
    }

    @Test
    void that_a_failing_check_is_reported_with_its_reason_and_no_stack_trace() {
        SelfCheck.Result result = SelfCheck.attempt("charset", () -> {
            throw new IllegalStateException("no ISO-2022-JP here");
        });

        assertThat(result.passed()).isFalse();
        assertThat(SelfCheck.line(result, Locale.ENGLISH))
                .isEqualTo("FAIL  ISO-2022-JP mail encoding: IllegalStateException: no ISO-2022-JP here");
        assertThat(SelfCheck.line(result, Locale.JAPANESE)).startsWith("\u5931\u6557\u3000");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run selfCheck(List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Duser.language=en");
        command.add("-Docnsetup.home=" + System.getProperty("ocnsetup.home", "target/test-home"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.add("--self-check");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
