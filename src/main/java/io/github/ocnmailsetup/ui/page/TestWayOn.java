package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.probe.CheckResult;
import io.github.ocnmailsetup.ui.flow.Page;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The ways on from the test page, so the test is never a gate (docs/wizard.md, "No dead ends"): the buttons a
 * failure offers ({@link TestAction}) and "Continue without a passed test", after which Next leads on and the
 * last page says the test is still open.
 */
public final class TestWayOn {

    private final ConnectionTestViewModel test;
    private final AccountCorrection correction;
    private final ReadOnlyBooleanWrapper skipped = new ReadOnlyBooleanWrapper();
    private final BooleanBinding mayGoOn;
    private @Nullable Navigator navigator;
    private BooleanSupplier versionUpMayBeTheCause = () -> false;

    TestWayOn(ConnectionTestViewModel test, AccountCorrection correction) {
        this.test = test;
        this.correction = correction;
        this.mayGoOn = test.passed().or(skipped.getReadOnlyProperty().and(test.running().not()));
    }

    /**
     * Connects the page to the wizard once the shell exists (the composition root calls it).
     *
     * @param versionUpMayBeTheCause true when the eligibility answer was unknown or the address is an older one
     */
    public void attach(Navigator wizard, BooleanSupplier versionUpMayBeTheCause) {
        this.navigator = wizard;
        this.versionUpMayBeTheCause = versionUpMayBeTheCause;
    }

    /** Whether Next may leave the test page: the test passed, or the user chose to go on without it. */
    public BooleanBinding mayGoOn() {
        return mayGoOn;
    }

    /** True once the user chose "Continue without a passed test". */
    public ReadOnlyBooleanProperty skippedProperty() {
        return skipped.getReadOnlyProperty();
    }

    /** Whether the wizard goes on after the test (not when the test was started from the home screen). */
    public boolean wizardGoesOn() {
        return navigator == null || navigator.hasNext();
    }

    /** The buttons the last result offers; empty before a result and after a pass. */
    public List<TestAction> actions() {
        CheckResult result = test.resultProperty().get();
        if (result instanceof CheckResult.Failed failed) {
            return TestAction.forFailure(failed.kind(), versionUpMayBeTheCause.getAsBoolean());
        }
        return List.of();
    }

    /** Does what a failure's button says. */
    public void perform(TestAction action) {
        CheckResult result = test.resultProperty().get();
        AccountCorrection.Field field = action.field();
        if (field != null && result != null && !result.advice().isEmpty()) {
            correction.ask(field, result.advice().get(0));
            go(Page.ACCOUNT);
        } else if (action == TestAction.VERSION_UP) {
            go(Page.VERSION_UP);
        } else if (action == TestAction.TEST_AGAIN) {
            test.start();
        }
    }

    /** "Continue without a passed test": the settings, the files and the apply are shown all the same. */
    public void continueWithoutTest() {
        skipped.set(true);
        if (navigator != null) {
            navigator.next();
        }
    }

    private void go(Page page) {
        if (navigator != null) {
            navigator.goTo(page);
        }
    }
}
