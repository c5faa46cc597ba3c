package io.github.ocnmailsetup.probe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The technical detail of a failure for the support report: each exception's type and message along the cause
 * chain, with the address masked and the password, should a server ever echo it, replaced.
 */
final class FailureDetail {

    private static final int MAX_LENGTH = 600;
    private static final int MIN_PASSWORD_TO_SCRUB = 3;

    private FailureDetail() {
    }

    static String of(Throwable failure, CheckRequest request) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < MAX_LENGTH; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
        }
        return redact(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text.toString(), request);
    }

    static String redact(String text, CheckRequest request) {
        String result = Pattern.compile(Pattern.quote(request.address().value()), Pattern.CASE_INSENSITIVE)
                .matcher(text).replaceAll(Matcher.quoteReplacement(request.address().masked()));
        for (String password : new String[] {request.password().toType().reveal()}) {
            if (password.length() >= MIN_PASSWORD_TO_SCRUB) {
                result = result.replace(password, "[secret]");
            }
        }
        return result.replaceAll("[\\r\\n]+", " ");
    }
}
