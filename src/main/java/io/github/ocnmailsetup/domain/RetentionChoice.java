package io.github.ocnmailsetup.domain;

/**
 * Whether the customer keeps mail on the server (for example, who also reads it in webmail). Only those who
 * keep it are asked to check the two settings of the notice's 「1)事前にご確認いただきたい設定」; those who
 * download and delete are not asked to change anything. A customer who does not know gets the safe choice: the
 * notice marks both settings for keeping mail 「おすすめの設定です」, and they lose nothing if mail was not kept.
 */
public enum RetentionChoice {
    KEEP_ON_SERVER,
    DOWNLOAD_AND_DELETE,
    /** "I don't know": treated as keeping mail on the server, the notice's recommended settings. */
    NOT_SURE;

    /** Whether the software is set to keep mail on the server: yes when kept, and when not sure (the safe way). */
    public boolean keepsMailOnServer() {
        return this != DOWNLOAD_AND_DELETE;
    }

    /**
     * What the check's count of messages on the server hints at: mail left there means the customer's software
     * (or webmail) keeps it. A hint shown beside the question, never an answer chosen for the user.
     */
    public static RetentionChoice suggestedBy(int messagesOnServer) {
        return messagesOnServer > 0 ? KEEP_ON_SERVER : DOWNLOAD_AND_DELETE;
    }
}
