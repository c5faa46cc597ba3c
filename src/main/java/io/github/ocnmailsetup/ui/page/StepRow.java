package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.probe.CheckStep;

/**
 * One line of the live step list on the test page.
 *
 * @param step   which step
 * @param status where it is
 * @param millis how long it took, once finished
 */
public record StepRow(CheckStep step, Status status, long millis) {

    /** A step's state; each has a word and an icon, so colour is never the only signal. */
    public enum Status { WAITING, RUNNING, PASSED, FAILED, NOT_RUN }

    static StepRow waiting(CheckStep step) {
        return new StepRow(step, Status.WAITING, 0);
    }
}
