package io.github.ocnmailsetup.probe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The technical detail of a failure for the support report and the log: each exception's type and message along
 * the cause chain, with the address masked, the password replaced in every form a server could echo it
 * ({@link SecretForms}), and control characters made visible ({@link ServerText}), since the messages quote
 * server replies.
 */
final class FailureDetail {

    private static final int MAX_LENGTH = 600;
    /** Read from the server's replies at most: enough for the chain, bounded before any scrubbing. */
    private static final int MAX_RAW_LENGTH = 64 * 1024;

    private FailureDetail() {
    }

    static String of(Throwable failure, CheckRequest request) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < MAX_RAW_LENGTH; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
        }
        // Scrub the whole text first: cutting first could leave the start of a secret behind.
        String safe = redact(text.toString(), request);
        return safe.length() > MAX_LENGTH ? safe.substring(0, MAX_LENGTH) + "..." : safe;
    }

    /** {@code text} with the address masked, every form of the password scrubbed and controls made visible. */
    static String redact(String text, CheckRequest request) {
        String scrubbed = new SecretForms(request.address().value(), request.password().toType().reveal())
                .scrub(text);
        String masked = Pattern.compile(Pattern.quote(request.address().value()), Pattern.CASE_INSENSITIVE)
                .matcher(scrubbed).replaceAll(Matcher.quoteReplacement(request.address().masked()));
        return ServerText.visible(masked.strip());
    }
}
