package io.github.ocnmailsetup.domain;

import java.util.Optional;

/**
 * The notice's footnote 「*1 9文字以上のメールパスワードをお使いのお客さまは、ここではメールパスワードの8文字目までを
 * 入力してください」: with a mail password of 9 or more characters, the user types only its first 8 into the mail
 * software (mail software does not cut it), and the connection check logs in with those 8. Characters are
 * counted as Unicode code points, the way a person counts them.
 *
 * <p>It also refuses, before anything is sent, a password the check cannot send faithfully: the mail library
 * writes POP3's {@code PASS} line as ASCII, so any other character reaches the server as {@code ?} (パスワード went
 * out as {@code PASS ?????}) and the login fails for a reason the user cannot see. Full-width letters typed with
 * Japanese input on are the usual cause, and the message says so.
 */
public final class PasswordRule {

    private final int maxLength;

    public PasswordRule(OcnSettings settings) {
        this.maxLength = settings.passwordMaxLength();
    }

    /** The rule with the bundled length (8). */
    public static PasswordRule bundled() {
        return new PasswordRule(OcnSettings.bundled());
    }

    /** What the user types into the mail software and what the check sends; {@link #problem} is refused. */
    public PasswordForMailSoftware apply(Secret password) {
        Optional<Text> problem = problem(password);
        if (problem.isPresent()) {
            throw new ValidationException(problem.get());
        }
        if (password.codePoints() <= maxLength) {
            return new PasswordForMailSoftware(password, false, maxLength);
        }
        String value = password.reveal();
        String firstChars = value.substring(0, value.offsetByCodePoints(0, maxLength));
        return new PasswordForMailSoftware(Secret.of(firstChars), true, maxLength);
    }

    /**
     * Why this password cannot be used, as a message for the user (it never contains the password): empty, or a
     * character outside printable ASCII (space to {@code ~}) anywhere in what was typed. Empty when it can be used.
     */
    public Optional<Text> problem(Secret password) {
        if (password.isEmpty()) {
            return Optional.of(Text.domain("password.empty"));
        }
        if (!password.allCodePointsMatch(PasswordRule::sendable)) {
            return Optional.of(Text.domain("password.unsendable"));
        }
        return Optional.empty();
    }

    /**
     * A warning, never a change: a space at the start or the end is often typed or pasted by mistake, but it can be
     * part of a password, so the password is used exactly as typed. Empty when there is nothing to say.
     */
    public Optional<Text> edgeSpaceWarning(Secret password) {
        String value = password.reveal();
        boolean edgeSpace = !value.isEmpty() && (Character.isWhitespace(value.codePointAt(0))
                || Character.isWhitespace(value.codePointBefore(value.length())));
        return edgeSpace ? Optional.of(Text.domain("password.edgeSpace")) : Optional.empty();
    }

    private static boolean sendable(int codePoint) {
        return codePoint >= 0x20 && codePoint <= 0x7e;
    }

    /** How many characters the mail software gets at most. */
    public int maxLength() {
        return maxLength;
    }

    /**
     * The result of the rule.
     *
     * @param toType    what to type into the mail software and what the check uses
     * @param truncated whether the rule applied (the password had more than {@code maxLength} characters)
     * @param maxLength how many characters the mail software gets
     */
    public record PasswordForMailSoftware(Secret toType, boolean truncated, int maxLength) {

        /**
         * What the UI, exports and reports say about it: which case of the footnote applies
         * ({@link PasswordLength}), never the password's length, which would tell anyone who reads a pasted report
         * or a screen over the shoulder how long the password is.
         */
        public Text advice() {
            return PasswordLength.of(this).advice(maxLength);
        }
    }
}
