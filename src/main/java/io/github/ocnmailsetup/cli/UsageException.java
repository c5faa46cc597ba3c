package io.github.ocnmailsetup.cli;

import java.util.Locale;

/**
 * A command line that cannot run as typed (exit 2): an unknown word, a missing or repeated option, a value that is
 * not what the option takes. It carries a message key of the command line's bundle, so that it is told in the
 * user's language; its arguments are option names and values the user typed (never the password, which comes on
 * standard input).
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    UsageException(String key, Object... arguments) {
        super(key, null, false, false); // no stack trace: it is a message for the user, not a fault
        this.key = key;
        this.arguments = arguments.clone();
    }

    String message(Locale locale) {
        return Cli.text(locale, key, arguments);
    }
}
