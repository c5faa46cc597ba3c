package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.Text;

/**
 * The steps of the connection check, in the order they run. The ids are a contract (docs/architecture.md, "Command-line contract"): the command
 * line's JSON, the wizard and support scripts use them. The notice's 「3)メールを送受信します」 is what the
 * steps prove: sending and receiving both work over SSL.
 */
public enum CheckStep {
    /** POP3 over SSL: log in and read how many messages are on the server (STAT). */
    POP_LOGIN("pop-login"),
    /** SMTP over SSL: authenticate and send the test message to the address itself. */
    SMTP_SEND("smtp-send"),
    /** POP3 again, until the test message has arrived (headers only). */
    DELIVERY("delivery"),
    /** Delete the test message, and only it (skipped with keep-test-message). */
    CLEANUP("cleanup");

    private final String id;

    CheckStep(String id) {
        this.id = id;
    }

    /** The stable identifier: pop-login, smtp-send, delivery or cleanup. */
    public String id() {
        return id;
    }

    /** A short name of the step for people, in their language. */
    public Text label() {
        return ProbeText.of("step." + id);
    }
}
