package io.github.ocnmailsetup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Japanese output is readable in a Windows console (code page 932) from the installers' console launcher, whose
 * runtime is Java 25, as from Java 17.
 */
class ConsoleCharsetTest {

    @Test
    void that_a_japanese_windows_console_gets_code_page_932_on_java_17_and_on_the_installers_java_25() {
        Charset java17 = Cli.consoleCharset("Windows 11", Map.of("sun.stdout.encoding", "ms932")::get);
        Charset java25 = Cli.consoleCharset("Windows 11", Map.of("stdout.encoding", "ms932")::get);

        assertEquals(Charset.forName("windows-31j"), java17);
        assertEquals(Charset.forName("windows-31j"), java25);
        assertEquals("日本語", new String("日本語".getBytes(java25), Charset.forName("MS932")));
    }

    @Test
    void that_linux_and_macos_terminals_get_utf_8_whatever_java_names_as_stdout_encoding() {
        assertEquals(StandardCharsets.UTF_8, Cli.consoleCharset("Linux", Map.of("stdout.encoding", "US-ASCII")::get));
        assertEquals(StandardCharsets.UTF_8, Cli.consoleCharset("Mac OS X", Map.<String, String>of()::get));
    }
}
