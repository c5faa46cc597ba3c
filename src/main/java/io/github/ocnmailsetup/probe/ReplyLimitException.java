package io.github.ocnmailsetup.probe;

import java.io.IOException;

/**
 * A server sent more than any mail server sends: a line, a reply or a message count past the bounds of
 * {@link BoundedReplyInput}. The check stops reading at once, so a hostile or broken server cannot make it grow
 * without end; the failure is a server problem ({@link FailureKind#SERVER_ERROR}), named by {@link #limit()}.
 */
final class ReplyLimitException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Which bound the server broke. */
    enum Limit {
        /** One line longer than {@link BoundedReplyInput#MAX_LINE_BYTES}. */
        LINE,
        /** One reply longer than {@link BoundedReplyInput#MAX_REPLY_BYTES}. */
        REPLY,
        /** A POP3 STAT count above {@link BoundedReplyInput#MAX_MESSAGES}. */
        MESSAGE_COUNT
    }

    private final Limit limit;

    ReplyLimitException(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    Limit limit() {
        return limit;
    }
}
