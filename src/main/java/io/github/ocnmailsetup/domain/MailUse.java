package io.github.ocnmailsetup.domain;

/** Where the customer reads mail. The notice: 「Webメール(ブラウザ)で…特別な設定は不要」. */
public enum MailUse {
    MAIL_SOFTWARE,
    WEBMAIL_ONLY
}
