package io.github.ocnmailsetup.ui.flow;

import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.MailUse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides where Next and Back go. Webmail users branch to a kind "nothing to change" page (the notice's
 * 「Webメール(ブラウザ)で…特別な設定は不要」); addresses that need the version-up branch to its explanation and
 * come back to check again (「バージョンアップがお済みでないお客さまへ」); everyone else walks the eight steps.
 * Back returns to the page the user came from, so a branch or the home screen is never lost; a test started from
 * the home screen leads on to the settings (and Done), not through the questions again.
 * It knows no JavaFX, so it is tested without a window.
 */
public final class WizardFlow {

    private final FlowAnswers answers;
    private final Deque<Page> history = new ArrayDeque<>();
    private final Set<Page> visited = EnumSet.noneOf(Page.class);
    private Page current;

    public WizardFlow(FlowAnswers answers, Page start) {
        this.answers = answers;
        this.current = start;
        visited.add(start);
    }

    public Page current() {
        return current;
    }

    /** The page Next leads to from here, or empty when Next has nowhere to go (or the page is unanswered). */
    public Optional<Page> nextPage() {
        if (!answers.answered(current)) {
            return Optional.empty();
        }
        return switch (current) {
            case WELCOME -> answers.mailUse().map(use -> use == MailUse.WEBMAIL_ONLY ? Page.WEBMAIL : Page.ELIGIBILITY);
            case ELIGIBILITY -> answers.eligibility().map(WizardFlow::afterEligibility);
            case ACCOUNT -> Optional.of(Page.TEST);
            case TEST -> Optional.of(cameFromHome() ? Page.SETTINGS : Page.CLIENT);
            case CLIENT -> Optional.of(Page.MAIL_AGAIN);
            case MAIL_AGAIN -> Optional.of(Page.SETTINGS);
            case SETTINGS -> Optional.of(Page.DONE);
            case HOME, WEBMAIL, VERSION_UP, DONE -> Optional.empty();
        };
    }

    /** Whether this page has a Next at all (answered or not); Finish pages and dead ends have none. */
    public boolean hasNext() {
        return switch (current) {
            case HOME, WEBMAIL, VERSION_UP, DONE -> false;
            default -> true;
        };
    }

    /** Whether this page ends the wizard: its main button says Finish and closes the window. */
    public boolean isFinish() {
        return current == Page.WEBMAIL || current == Page.DONE;
    }

    /** Moves to the next page; returns false (and stays) when Next is not possible here. */
    public boolean next() {
        Optional<Page> next = nextPage();
        next.ifPresent(this::goTo);
        return next.isPresent();
    }

    public boolean canGoBack() {
        return !history.isEmpty();
    }

    /** Back to the page the user came from; returns false on the first page. */
    public boolean back() {
        if (history.isEmpty()) {
            return false;
        }
        current = history.pop();
        return true;
    }

    /** Goes to a page directly (a button on a page: "test again", "check again", the home screen's buttons). */
    public void goTo(Page page) {
        if (page == current) {
            return;
        }
        history.push(current);
        current = page;
        visited.add(page);
    }

    /** Starts over from a page with an empty history ("Set up again"); answers stay as they are. */
    public void restart(Page page) {
        history.clear();
        visited.clear();
        current = page;
        visited.add(page);
    }

    /**
     * Whether a step of the step list is done: the user has been past it, and for the connection test, it passed
     * (going on without a passed test leaves that step open, as the Done page says).
     */
    public boolean stepDone(int step) {
        boolean past = visited.stream().anyMatch(p -> p.step() > step) && current.step() > step;
        return past && (step != Page.TEST.step() || answers.testPassed());
    }

    private boolean cameFromHome() {
        return history.contains(Page.HOME);
    }

    private static Page afterEligibility(EligibilityOutcome outcome) {
        return outcome.match(new EligibilityOutcome.Cases<>() {
            @Override
            public Page eligible(EligibilityOutcome.Eligible eligible) {
                return Page.ACCOUNT;
            }

            @Override
            public Page notEligible(EligibilityOutcome.NotEligible notEligible) {
                return Page.VERSION_UP;
            }

            @Override
            public Page unknown(EligibilityOutcome.Unknown unknown) {
                return Page.ACCOUNT; // the connection test tells
            }

            @Override
            public Page noChangeNeeded(EligibilityOutcome.NoChangeNeeded noChangeNeeded) {
                return Page.WEBMAIL;
            }

            @Override
            public Page question(EligibilityOutcome.Question question) {
                return Page.ELIGIBILITY; // Next waits while a question is open; stay until it is answered
            }
        });
    }
}
