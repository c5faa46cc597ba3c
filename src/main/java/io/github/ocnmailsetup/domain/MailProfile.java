package io.github.ocnmailsetup.domain;

/**
 * The settings of the notice's 「2)暗号化に関する設定」 for one address: incoming POP3 pop.ocn.ne.jp:995 and
 * outgoing SMTP smtp.ocn.ne.jp:465, both with SSL from the first byte (implicit TLS), the full address as the
 * username, and SMTP authentication with the incoming credentials (「受信メールサーバと同じ設定で認証」).
 * For customers who keep mail on the server, the two settings of 「1)事前にご確認いただきたい設定」 too.
 *
 * @param address      the customer's address, also the username
 * @param incoming     the POP3 server, SSL
 * @param outgoing     the SMTP server, SSL, with authentication
 * @param oldIncomingServer the old incoming server (the notice's □□□.ocn.ne.jp), proposed or known
 * @param retention    whether the customer keeps mail on the server
 */
public record MailProfile(
        OcnAddress address,
        ServerEndpoint incoming,
        ServerEndpoint outgoing,
        String oldIncomingServer,
        RetentionChoice retention) {

    /** The profile from the bundled (or overridden) settings, with the proposed old server. */
    public static MailProfile of(OcnAddress address, OcnSettings settings, RetentionChoice retention) {
        return new MailProfile(address, settings.pop(), settings.smtp(), address.proposedOldPopServer(), retention);
    }

    /** The same profile with the old incoming server the user corrected or a real profile named. */
    public MailProfile withOldIncomingServer(String server) {
        String value = server.strip();
        if (value.isEmpty()) {
            throw new ValidationException(Text.domain("server.empty"));
        }
        return new MailProfile(address, incoming, outgoing, value, retention);
    }

    /** The username for POP and SMTP: the full address (「ユーザ名: メールアドレス」). */
    public String username() {
        return address.value();
    }

    /** Always true: the notice's 「SSLを利用する」 on both servers, on ports that speak SSL from the start. */
    public boolean implicitTls() {
        return true;
    }

    /** Always true: 「送信(SMTP)サーバの認証: 受信メールサーバと同じ設定で認証」. */
    public boolean smtpAuthSameAsIncoming() {
        return true;
    }

    /** 「受信サーバにメールを残すか: 残す」 for those who keep mail there; false for download-and-delete. */
    public boolean keepOnServer() {
        return retention == RetentionChoice.KEEP_ON_SERVER;
    }

    /** 「メールソフトでメールを削除した際に、受信サーバ上のメールも削除するか: 削除しない」: never advised. */
    public boolean deleteOnServerWithLocalDelete() {
        return false;
    }
}
