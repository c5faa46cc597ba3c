package io.github.ocnmailsetup.app;

import java.nio.file.Path;

/**
 * Points Logback at the per-user log folder. It must run before the first logger is made, because
 * {@link LogbackSetup} (and {@code logback.xml}, which it mirrors) reads the folder from a system property when
 * Logback configures itself.
 */
public final class Logging {

    /** The system property LogbackSetup and {@code logback.xml} read for the log folder. */
    public static final String LOG_DIR_PROPERTY = "ocnsetup.log.dir";

    private Logging() {
    }

    /** Sets the log folder unless something (a test, the user) already set it. */
    public static void useFolder(Path logs) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, logs.toAbsolutePath().toString());
        }
    }
}
