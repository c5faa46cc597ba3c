package io.github.ocnmailsetup.domain;

import java.util.Locale;

/**
 * Bad input from the user, with a message they can act on in their own language. The only exception
 * the domain raises for input; its English message never contains a password.
 */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    public ValidationException(Text text) {
        super(text.in(Locale.ENGLISH));
        this.text = text;
    }

    /** What went wrong, as a message to show. */
    public Text text() {
        return text;
    }

    /** The message in the user's language. */
    public String message(Locale locale) {
        return text.in(locale);
    }
}
