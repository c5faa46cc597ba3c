package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.Text;
import java.nio.file.Path;

/**
 * A preference file that does not follow Mozilla's preference grammar: where (line) and what. Nothing is
 * changed in a profile whose prefs.js or user.js has one.
 */
final class PrefsSyntaxError extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong; each has a message in both bundles ({@code prefs.syntax.NAME}). */
    enum Reason {
        NOT_A_STATEMENT, EXPECTED_OPEN, EXPECTED_NAME, EXPECTED_COMMA, EXPECTED_VALUE, EXPECTED_CLOSE,
        EXPECTED_SEMICOLON, UNTERMINATED_STRING, UNTERMINATED_COMMENT, BAD_ESCAPE, ZERO_ESCAPE, BAD_SURROGATE,
        BAD_NUMBER, UNEXPECTED_CHARACTER, NUL_BYTE
    }

    private final int line;
    private final Reason reason;

    PrefsSyntaxError(int line, Reason reason) {
        super(reason + " at line " + line);
        this.line = line;
        this.reason = reason;
    }

    /** The line (from 1) where the error is, counted the way Mozilla counts (LF, CR or CRLF). */
    int line() {
        return line;
    }

    Reason reason() {
        return reason;
    }

    /** The message for the user: the file, the line and what is wrong there; nothing was changed. */
    Text describe(Path file) {
        return ClientText.of("prefs.syntax." + reason.name(), file, line);
    }
}
