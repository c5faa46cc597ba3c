package io.github.ocnmailsetup.domain;

import io.github.ocnmailsetup.domain.PasswordRule.PasswordForMailSoftware;

/**
 * Which case of the notice's footnote applies to the user's password (「*1 9文字以上のメールパスワードをお使いの
 * お客さまは、ここではメールパスワードの8文字目までを入力してください」): only the case, never the password or its
 * length. Unknown where no password was given (the export command, the printable sheet): then both cases are said.
 * The limit itself (8) is {@link PasswordRule#maxLength()}, from the bundled data file.
 */
public enum PasswordLength {
    /** No password was given: both cases of the footnote apply. */
    UNKNOWN,
    /** At most the limit: typed into the mail software as it is. */
    WITHIN_LIMIT,
    /** Longer than the limit: only its first characters, up to the limit, are typed. */
    LONGER_THAN_LIMIT;

    /** The case of a password the user typed, after the notice's rule. */
    public static PasswordLength of(PasswordForMailSoftware password) {
        return password.truncated() ? LONGER_THAN_LIMIT : WITHIN_LIMIT;
    }

    /** What to type into the mail software, in words, for the footnote's limit. */
    public Text advice(int maxLength) {
        return switch (this) {
            case UNKNOWN -> Text.domain("password.eitherCase", maxLength, maxLength + 1);
            case WITHIN_LIMIT -> Text.domain("password.asIs");
            case LONGER_THAN_LIMIT -> Text.domain("password.longerThanLimit", maxLength, maxLength + 1);
        };
    }
}
