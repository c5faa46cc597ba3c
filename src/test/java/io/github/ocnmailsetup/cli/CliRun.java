package io.github.ocnmailsetup.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Runs the real command line in memory, as a script would, and keeps what it printed on each stream. */
public final class CliRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Locale systemLanguage;

    /** A run on an English system. */
    public CliRun() {
        this(Locale.ENGLISH);
    }

    /** A run on a system that speaks {@code systemLanguage}. */
    public CliRun(Locale systemLanguage) {
        this.systemLanguage = systemLanguage;
    }

    /** Runs with nothing on standard input; returns the exit code. */
    public int run(String... args) {
        return runWithInput("", args);
    }

    /** Runs with {@code stdin} on standard input; returns the exit code. */
    public int runWithInput(String stdin, String... args) {
        Cli.CliContext context = new Cli.CliContext(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                systemLanguage);
        return new Cli(context).run(args);
    }

    /** Forgets what earlier runs printed. */
    public void reset() {
        out.reset();
        err.reset();
    }

    /** What the runs printed on standard output. */
    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the runs printed on standard error. */
    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
