package io.github.ocnmailsetup.domain;

/**
 * Whether the customer keeps mail on the server (for example, who also reads it in webmail). Only those who
 * keep it are asked to check the two settings of the notice's 「1)事前にご確認いただきたい設定」; those who
 * download and delete are not asked to change anything.
 */
public enum RetentionChoice {
    KEEP_ON_SERVER,
    DOWNLOAD_AND_DELETE;

    /**
     * The suggestion from the check's count of messages on the server: mail left there means the customer's
     * software (or webmail) keeps it.
     */
    public static RetentionChoice suggestedBy(int messagesOnServer) {
        return messagesOnServer > 0 ? KEEP_ON_SERVER : DOWNLOAD_AND_DELETE;
    }
}
