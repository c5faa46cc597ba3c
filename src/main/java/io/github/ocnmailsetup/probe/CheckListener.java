package io.github.ocnmailsetup.probe;

/**
 * Hears about the check's progress. Called from the check's own threads, never from a UI thread: a UI
 * moves the calls onto its own thread itself. Implementations must return quickly.
 */
public interface CheckListener {

    /** A listener that ignores everything. */
    CheckListener NONE = new CheckListener() {
        @Override
        public void stepStarted(CheckStep step) {
        }

        @Override
        public void stepFinished(StepResult result) {
        }
    };

    /** The step has started. */
    void stepStarted(CheckStep step);

    /** The step has finished, passed or failed. */
    void stepFinished(StepResult result);
}
