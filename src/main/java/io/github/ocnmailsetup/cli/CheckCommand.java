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
import java.util.List;

/**
 * The {@code check} command (the command-line contract in docs/architecture.md): the "Test my connection" check from
 * the command line, for support staff and scripts. The password comes as one line on standard input, never as an
 * argument, and the notice's 8-character rule applies to it. All input is checked before anything is sent: the
 * address by {@link OcnAddress} (normalised, length limits), the password by {@link PasswordRule} (characters it
 * cannot send faithfully are refused). Exit 0 when every step passed, 1 when the check found a problem, 2 for bad
 * input.
 */
final class CheckCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("check", "check.description", List.of(
            CommandOption.required("--email", "ADDR", "check.option.email"),
            CommandOption.requiredFlag("--password-stdin", "check.option.passwordStdin"),
            CommandOption.value("--pop-server", "HOST:PORT", "check.option.popServer"),
            CommandOption.value("--smtp-server", "HOST:PORT", "check.option.smtpServer"),
            CommandOption.value("--timeout", "SECONDS", "check.option.timeout"),
            CommandOption.flag("--json", "check.option.json"),
            CommandOption.flag("--keep-test-message", "check.option.keepTestMessage"),
            CommandOption.flag("--report", "check.option.report"),
            CommandOption.value("--lang", "ja|en", "check.option.lang")));

    private static final int MAX_TIMEOUT_SECONDS = 600;

    private final Cli.CliContext context;

    public CheckCommand(Cli.CliContext context) {
        this.context = context;
    }

    @Override
    public int run(Arguments arguments) {
        boolean json = arguments.has("--json");
        CheckRequest request = request(arguments);
        context.err().println(I18n.format(CheckOutput.PROBE_BUNDLE, context.locale(), "notice.beforeStart"));
        CheckResult result = new ConnectionCheck(request).run(CheckListener.NONE);
        CheckOutput output = new CheckOutput(context, request.password());
        if (json) {
            output.printJson(result);
        } else {
            output.printText(result);
        }
        if (arguments.has("--report")) {
            (json ? context.err() : context.out()).println(result.report().render(context.locale()));
        }
        return result.ok() ? Cli.OK : Cli.PROBLEM;
    }

    private CheckRequest request(Arguments arguments) {
        String lang = arguments.value("--lang");
        if (lang != null && I18n.parseLanguage(lang) == null) {
            throw new UsageException("check.lang.invalid", lang);
        }
        int timeoutSeconds = arguments.number("--timeout", (int) CheckRequest.DEFAULT_TIMEOUT.toSeconds());
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new UsageException("check.timeout.invalid", String.valueOf(timeoutSeconds), MAX_TIMEOUT_SECONDS);
        }
        OcnSettings ocn = OcnSettings.bundled();
        OcnAddress address = OcnAddress.parse(arguments.value("--email", ""), ocn);
        String popServer = arguments.value("--pop-server");
        String smtpServer = arguments.value("--smtp-server");
        ServerEndpoint pop = popServer == null ? ocn.pop() : ServerEndpoint.parse(popServer);
        ServerEndpoint smtp = smtpServer == null ? ocn.smtp() : ServerEndpoint.parse(smtpServer);
        PasswordRule rule = new PasswordRule(ocn);
        Secret typed = readPassword();
        PasswordForMailSoftware password = rule.apply(typed);
        rule.edgeSpaceWarning(typed).ifPresent(warning -> context.err().println(warning.in(context.locale())));
        return new CheckRequest(address, password, pop, smtp, Duration.ofSeconds(timeoutSeconds),
                arguments.has("--keep-test-message"), TrustSources.systemDefault());
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
