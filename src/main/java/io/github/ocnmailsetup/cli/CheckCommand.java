package io.github.ocnmailsetup.cli;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.PasswordRule;
import io.github.ocnmailsetup.domain.PasswordRule.PasswordForMailSoftware;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import io.github.ocnmailsetup.probe.CheckListener;
import io.github.ocnmailsetup.probe.CheckRequest;
import io.github.ocnmailsetup.probe.CheckResult;
import io.github.ocnmailsetup.probe.ConnectionCheck;
import io.github.ocnmailsetup.probe.TrustSources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code check} command (the command-line contract in docs/architecture.md): the "Test my connection" check from
 * the command line, for support staff and scripts. The password comes as one line on standard input, never as an
 * argument, and the notice's 8-character rule applies to it. All input is checked before anything is sent: the
 * address by {@link OcnAddress} (normalised, length limits), the password by {@link PasswordRule} (characters it
 * cannot send faithfully are refused). Exit 0 when every step passed, 1 when the check found a problem, 2 for bad
 * input.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Tests sending and receiving over SSL: POP3S login, SMTPS send to yourself, delivery, clean-up.")
final class CheckCommand implements Callable<Integer> {

    private static final int MAX_TIMEOUT_SECONDS = 600;

    private final Cli.CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--email", required = true, paramLabel = "ADDR", description = "The OCN mail address.")
    private String email = "";

    @Option(names = "--password-stdin", required = true,
            description = "Read the mail password as one line from standard input.")
    private boolean passwordStdin;

    @Option(names = "--pop-server", paramLabel = "HOST:PORT", description = "Incoming server (default: OCN's).")
    private @Nullable String popServer;

    @Option(names = "--smtp-server", paramLabel = "HOST:PORT", description = "Outgoing server (default: OCN's).")
    private @Nullable String smtpServer;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Bound on the whole check (default: 60).")
    private int timeoutSeconds = (int) CheckRequest.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Option(names = "--keep-test-message", description = "Leave the test message on the server.")
    private boolean keepTestMessage;

    @Option(names = "--report", description = "Also print the redacted report for support (address masked, "
            + "never the password); with --json it goes to standard error.")
    private boolean report;

    @Option(names = "--lang", paramLabel = "ja|en", description = "Language of the output (default: the system's).")
    private @Nullable String lang;

    public CheckCommand(Cli.CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CheckRequest request = request();
        context.err().println(I18n.format(CheckOutput.PROBE_BUNDLE, context.locale(), "notice.beforeStart"));
        CheckResult result = new ConnectionCheck(request).run(CheckListener.NONE);
        CheckOutput output = new CheckOutput(context, request.password());
        if (json) {
            output.printJson(result);
        } else {
            output.printText(result);
        }
        if (report) {
            (json ? context.err() : context.out()).println(result.report().render(context.locale()));
        }
        return result.ok() ? Cli.OK : Cli.PROBLEM;
    }

    private CheckRequest request() {
        if (lang != null && I18n.parseLanguage(lang) == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), context.text("check.lang.invalid", lang));
        }
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    context.text("check.timeout.invalid", String.valueOf(timeoutSeconds), MAX_TIMEOUT_SECONDS));
        }
        OcnSettings ocn = OcnSettings.bundled();
        OcnAddress address = OcnAddress.parse(email, ocn);
        ServerEndpoint pop = popServer == null ? ocn.pop() : ServerEndpoint.parse(popServer);
        ServerEndpoint smtp = smtpServer == null ? ocn.smtp() : ServerEndpoint.parse(smtpServer);
        PasswordRule rule = new PasswordRule(ocn);
        Secret typed = readPassword();
        PasswordForMailSoftware password = rule.apply(typed);
        rule.edgeSpaceWarning(typed).ifPresent(warning -> context.err().println(warning.in(context.locale())));
        return new CheckRequest(address, password, pop, smtp, Duration.ofSeconds(timeoutSeconds), keepTestMessage,
                TrustSources.systemDefault());
    }

    /**
     * One line from standard input; the line end is not part of the password, nor is a byte order mark that some
     * Windows tools put before piped text. Which characters can be sent is {@link PasswordRule}'s to decide.
     */
    private Secret readPassword() {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            return Secret.of(line == null ? "" : line);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password from standard input", e);
        }
    }
}
