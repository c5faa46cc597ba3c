package io.github.ocnmailsetup.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings the notice names, in its order: the two of 「1)事前にご確認いただきたい設定」 and the nine rows of the table
 * in 「2)暗号化に関する設定」. The settings table, the per-software guides and the printable sheet all key their rows by
 * these ids, so a row is named the same way everywhere.
 */
public enum NoticeItem {
    /** 「受信サーバにメールを残すか」: 残す (part 1). */
    KEEP_ON_SERVER(Part.BEFORE_SWITCHING),
    /** 「メールソフトでメールを削除した際に、受信サーバ上のメールも削除するか」: 削除しない (part 1). */
    DELETE_ON_SERVER(Part.BEFORE_SWITCHING),
    /** 「ユーザ名」: メールアドレス. */
    USER_NAME(Part.ENCRYPTION),
    /** 「パスワード」: メールパスワード (9 or more characters: type up to the 8th). */
    PASSWORD(Part.ENCRYPTION),
    /** 「受信(POP)サーバ名」. */
    POP_SERVER(Part.ENCRYPTION),
    /** 「受信(POP)サーバのポート番号」. */
    POP_PORT(Part.ENCRYPTION),
    /** 「受信(POP)サーバの暗号化接続」: SSLを利用する. */
    POP_SSL(Part.ENCRYPTION),
    /** 「送信(SMTP)サーバ名」. */
    SMTP_SERVER(Part.ENCRYPTION),
    /** 「送信(SMTP)サーバのポート番号」. */
    SMTP_PORT(Part.ENCRYPTION),
    /** 「送信(SMTP)サーバの認証」: 受信メールサーバと同じ設定で認証. */
    SMTP_AUTH(Part.ENCRYPTION),
    /** 「送信(SMTP)サーバの暗号化接続」: SSLを利用する. */
    SMTP_SSL(Part.ENCRYPTION);

    /** Which part of the notice's 「メールソフトでメールの送受信を行う場合」 the item belongs to. */
    public enum Part {
        /** 「1)事前にご確認いただきたい設定」: only for customers who keep mail on the server. */
        BEFORE_SWITCHING,
        /** 「2)暗号化に関する設定」: the table every customer follows. */
        ENCRYPTION
    }

    private final Part part;

    NoticeItem(Part part) {
        this.part = part;
    }

    public Part part() {
        return part;
    }

    /** The id used as a key in data files: lower case with hyphens ({@code pop-server}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The item for an id as written in data files; empty for an unknown id. */
    public static Optional<NoticeItem> fromId(String id) {
        return Arrays.stream(values()).filter(item -> item.id().equals(id)).findFirst();
    }
}
