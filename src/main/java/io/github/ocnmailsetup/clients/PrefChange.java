package io.github.ocnmailsetup.clients;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One user value an apply changed in prefs.js: what it was and what the apply wrote ({@code null}: no user value).
 * Undo puts {@code before} back only where the value is still {@code after}.
 */
record PrefChange(String name, @Nullable PrefValue before, @Nullable PrefValue after) {

    /** Whether the value now is the one the apply wrote. */
    boolean stillApplied(@Nullable PrefValue now) {
        return Objects.equals(now, after);
    }

    /** Whether the value now is already the one before the apply. */
    boolean alreadyUndone(@Nullable PrefValue now) {
        return Objects.equals(now, before);
    }
}
