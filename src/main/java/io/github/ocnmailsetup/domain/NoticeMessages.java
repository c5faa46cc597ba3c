package io.github.ocnmailsetup.domain;

/**
 * The notice's explanations that every page, sheet and report repeats: what the encryption covers
 * (「メールの暗号化の範囲」), that mail already received comes again after the switch (「おことわり」), that
 * SSL costs nothing (「料金は無料です」) and that the switch is confirmed by sending and receiving
 * (「3)メールを送受信します」).
 */
public final class NoticeMessages {

    private NoticeMessages() {
    }

    /** Only the path between the user's computer and OCN's servers is encrypted, not the whole path. */
    public static Text encryptionScope() {
        return Text.domain("notice.encryptionScope");
    }

    /**
     * Mail already received is received again after switching from □□□.ocn.ne.jp to pop.ocn.ne.jp; there is
     * no way to avoid it; when deleting the duplicates, do not delete the mail on the server.
     */
    public static Text mailComesAgain() {
        return Text.domain("notice.mailComesAgain");
    }

    /** The same, with how much is on the server (from the connection check's count). */
    public static Text mailComesAgain(int messages, long bytes) {
        if (messages == 0) {
            return Text.domain("notice.mailComesAgain.none");
        }
        return Text.domain("notice.mailComesAgain.count", messages, megabytes(bytes));
    }

    /** SSL for mail software is free of charge. */
    public static Text free() {
        return Text.domain("notice.free");
    }

    /** Confirm by actually sending and receiving in the mail software. */
    public static Text confirmBySendingAndReceiving() {
        return Text.domain("notice.confirm");
    }

    /** Megabytes with one decimal, as shown to users. */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }
}
