package io.github.ocnmailsetup.probe;

/** How one step went and how long it took, in milliseconds. */
public record StepResult(CheckStep step, boolean ok, long millis) {
}
