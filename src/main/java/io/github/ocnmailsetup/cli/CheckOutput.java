package io.github.ocnmailsetup.cli;

import io.github.ocnmailsetup.domain.PasswordRule.PasswordForMailSoftware;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.probe.CheckResult;
import io.github.ocnmailsetup.probe.MailboxStats;
import io.github.ocnmailsetup.probe.ServerText;
import io.github.ocnmailsetup.probe.StepResult;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the {@code check} command prints on standard output: one line per step with its result and time, then
 * the explanation and remedy; or, with {@code --json}, exactly one JSON object with the fields of the issue.
 * The probe hands over display-safe text (a certificate's names with their control characters made visible);
 * each advice line goes through {@link ServerText#visible} once more here, so nothing printed can act on the
 * terminal, whatever a later change lets into the advice.
 */
final class CheckOutput {

    static final String PROBE_BUNDLE = "io.github.ocnmailsetup.probe.messages";

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
        // A remedy's numbered steps are lines of our own text; each is made visible on its own (issue 15).
        for (Text line : result.advice()) {
            for (String part : line.in(context.locale()).split("\n")) {
                context.out().println(ServerText.visible(part));
            }
        }
        if (password.truncated()) {
            context.out().println(password.advice().in(context.locale()));
        }
        result.stats().ifPresent(stats -> context.out().println(
                context.text("check.mailbox", stats.messages(), stats.bytes())));
    }

    void printJson(CheckResult result) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("ok").value(result.ok());
        if (result instanceof CheckResult.Failed failed) {
            json.name("failure").value(failed.kind().id());
            json.name("step").value(failed.step().id());
        } else {
            json.name("failure").nullValue();
            json.name("step").nullValue();
        }
        Optional<MailboxStats> stats = result.stats();
        if (stats.isPresent()) {
            json.name("messagesOnServer").value(stats.get().messages());
            json.name("bytesOnServer").value(stats.get().bytes());
        } else {
            json.name("messagesOnServer").nullValue();
            json.name("bytesOnServer").nullValue();
        }
        json.name("passwordTruncated").value(password.truncated());
        json.name("testMessageDeleted").value(result.testMessageDeleted());
        json.name("steps").beginArray();
        for (StepResult step : result.steps()) {
            json.beginObject().name("name").value(step.step().id()).name("ok").value(step.ok())
                    .name("millis").value(step.millis()).endObject();
        }
        json.endArray();
        json.name("totalMillis").value(result.totalMillis());
        json.name("advice").value(result.advice().stream()
                .map(t -> ServerText.visible(t.in(context.locale()).replace('\n', ' ')))
                .collect(Collectors.joining(" ")));
        context.out().println(json.endObject().toString());
    }
}
