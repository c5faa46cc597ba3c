package io.github.ocnmailsetup.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocnmailsetup.domain.PasswordRule.PasswordForMailSoftware;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.probe.CheckResult;
import io.github.ocnmailsetup.probe.MailboxStats;
import io.github.ocnmailsetup.probe.StepResult;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the {@code check} command prints on standard output: one line per step with its result and time, then
 * the explanation and remedy; or, with {@code --json}, exactly one JSON object with the fields of the issue.
 */
final class CheckOutput {

    static final String PROBE_BUNDLE = "io.github.ocnmailsetup.probe.messages";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cli.CliContext context;
    private final PasswordForMailSoftware password;

    CheckOutput(Cli.CliContext context, PasswordForMailSoftware password) {
        this.context = context;
        this.password = password;
    }

    void printText(CheckResult result) {
        for (StepResult step : result.steps()) {
            context.out().println(context.text("check.step", step.step().label().in(context.locale()),
                    step.step().id(), context.text(step.ok() ? "check.ok" : "check.failed"), step.millis()));
        }
        context.out().println(context.text("check.total", result.totalMillis()));
        if (result instanceof CheckResult.Failed failed) {
            context.out().println(context.text("check.failure", failed.kind().id(), failed.step().id()));
        }
        for (Text line : result.advice()) {
            context.out().println(line.in(context.locale()));
        }
        if (password.truncated()) {
            context.out().println(password.advice().in(context.locale()));
        }
        result.stats().ifPresent(stats -> context.out().println(
                context.text("check.mailbox", stats.messages(), stats.bytes())));
    }

    void printJson(CheckResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("ok", result.ok());
        if (result instanceof CheckResult.Failed failed) {
            root.put("failure", failed.kind().id());
            root.put("step", failed.step().id());
        } else {
            root.putNull("failure");
            root.putNull("step");
        }
        Optional<MailboxStats> stats = result.stats();
        if (stats.isPresent()) {
            root.put("messagesOnServer", stats.get().messages());
            root.put("bytesOnServer", stats.get().bytes());
        } else {
            root.putNull("messagesOnServer");
            root.putNull("bytesOnServer");
        }
        root.put("passwordTruncated", password.truncated());
        root.put("testMessageDeleted", result.testMessageDeleted());
        ArrayNode steps = root.putArray("steps");
        for (StepResult step : result.steps()) {
            steps.addObject().put("name", step.step().id()).put("ok", step.ok()).put("millis", step.millis());
        }
        root.put("totalMillis", result.totalMillis());
        root.put("advice", result.advice().stream().map(t -> t.in(context.locale()))
                .collect(Collectors.joining(" ")));
        try {
            context.out().println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the result as JSON", e);
        }
    }
}
