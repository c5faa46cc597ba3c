package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.Text;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A request from the test page to correct the address or the password on the account page: which field gets the
 * focus and the test's reason, shown above the fields until the next test starts. It holds words, never a password.
 */
public final class AccountCorrection {

    /** The field the user is sent back to. */
    public enum Field { ADDRESS, PASSWORD }

    /** The field to correct and why, in the test's words. */
    public record Request(Field field, Text reason) {
    }

    private final ReadOnlyObjectWrapper<@Nullable Request> request = new ReadOnlyObjectWrapper<>();

    /** Asks the account page to show the reason and focus the field. */
    public void ask(Field field, Text reason) {
        request.set(new Request(field, reason));
    }

    /** A new test has started: the old reason no longer applies. */
    public void clear() {
        request.set(null);
    }

    /** The open request; null when there is none. */
    public ReadOnlyObjectProperty<@Nullable Request> requestProperty() {
        return request.getReadOnlyProperty();
    }
}
