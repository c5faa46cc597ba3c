package io.github.ocnmailsetup.domain;

/**
 * The settings of the notice's 「2)暗号化に関する設定」 for one address: incoming POP3 pop.ocn.ne.jp:995 and
 * outgoing SMTP smtp.ocn.ne.jp:465, both with SSL from the first byte (implicit TLS), the full address as the
 * username, and SMTP authentication with the incoming credentials (「受信メールサーバと同じ設定で認証」), with what
 * is known of the settings before the switch. For customers who keep mail on the server, the two settings of
 * 「1)事前にご確認いただきたい設定」 too. {@link NoticeSettingsTable} lays it out as the notice's table.
 *
 * @param address           the customer's address, also the username
 * @param incoming          the POP3 server, SSL
 * @param outgoing          the SMTP server, SSL, with authentication
 * @param oldIncoming       the old incoming server (the notice's □□□.ocn.ne.jp), guessed or known
 * @param portsBeforeSsl    the ports without SSL that the new ones replace
 * @param retention         whether the customer keeps mail on the server
 * @param passwordLength    which case of the 8-character footnote applies (never the password or its length)
 */
public record MailProfile(
        OcnAddress address,
        ServerEndpoint incoming,
        ServerEndpoint outgoing,
        OldIncomingServer oldIncoming,
        PortsBeforeSsl portsBeforeSsl,
        RetentionChoice retention,
        PasswordLength passwordLength) {

    /** The profile from the bundled (or overridden) settings, with the old server guessed and no password case. */
    public static MailProfile of(OcnAddress address, OcnSettings settings, RetentionChoice retention) {
        return new MailProfile(address, settings.pop(), settings.smtp(), OldIncomingServer.guessedFrom(address),
                settings.portsBeforeSsl(), retention, PasswordLength.UNKNOWN);
    }

    /** The same profile with the old incoming server the user corrected or a real profile named. */
    public MailProfile withOldIncomingServer(String server) {
        return new MailProfile(address, incoming, outgoing, OldIncomingServer.known(server), portsBeforeSsl,
                retention, passwordLength);
    }

    /** The same profile with the case of the password the user typed. */
    public MailProfile withPasswordLength(PasswordLength length) {
        return new MailProfile(address, incoming, outgoing, oldIncoming, portsBeforeSsl, retention, length);
    }

    /** The old incoming server's name, guessed or known ({@link #oldIncoming()} says which). */
    public String oldIncomingServer() {
        return oldIncoming.host();
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

    /** 「受信サーバにメールを残すか: 残す」 for those who keep mail there (or are not sure); false for download-and-delete. */
    public boolean keepOnServer() {
        return retention.keepsMailOnServer();
    }

    /** 「メールソフトでメールを削除した際に、受信サーバ上のメールも削除するか: 削除しない」: never advised. */
    public boolean deleteOnServerWithLocalDelete() {
        return false;
    }
}
