package io.github.ocnmailsetup.domain;

import java.util.List;

/**
 * The ports that the notice's table replaces (「受信(POP)サーバのポート番号 995」「送信(SMTP)サーバのポート番号 465」,
 * both 「必ず設定変更が必要です」). The notice does not name them: they are the standard ports without SSL, POP3 110
 * (RFC 1939) and SMTP 25 (RFC 5321) or submission 587 (RFC 6409), read from the bundled data file.
 *
 * @param pop  the incoming port before the switch
 * @param smtp the outgoing ports one of which is set before the switch, in the order to show them
 */
public record PortsBeforeSsl(int pop, List<Integer> smtp) {

    public PortsBeforeSsl {
        smtp = List.copyOf(smtp);
        if (smtp.isEmpty()) {
            throw new IllegalArgumentException("At least one SMTP port before SSL");
        }
    }
}
