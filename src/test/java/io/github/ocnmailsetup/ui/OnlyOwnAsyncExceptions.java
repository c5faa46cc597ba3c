package io.github.ocnmailsetup.ui;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX would report uncaught exceptions of any thread at the next wait, including mail server threads of
 * earlier test classes in this JVM (the check's TLS failure tests): those are not the UI test's. With this
 * extension a UI test checks only its own async work; what it cares about, it asserts.
 */
public final class OnlyOwnAsyncExceptions implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        WaitForAsyncUtils.checkAllExceptions = false;
        WaitForAsyncUtils.clearExceptions();
    }
}
