package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.NoticeSettingsTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the outgoing (SMTP) server of each identity of the OCN account as {@link NoticeSettingsTable} gives it:
 * smtp.ocn.ne.jp, port 465, SSL, SMTP authentication with the same settings as the incoming server
 * (「2)暗号化に関する設定」). A server that an
 * identity of another account also uses (a family's second OCN address, say) is left to it: our identities
 * get a new server with the OCN settings instead, as the user would add one in Thunderbird.
 */
final class OutgoingServers {

    private static final int SSL = 3;
    private static final int NORMAL_PASSWORD = 3;

    private final PrefEdits edits;
    private final NoticeSettingsTable table;
    private final Set<String> ourIdentities;
    private final List<String> allIdentities;
    private final List<String> configured = new ArrayList<>();
    private final Map<String, String> replacements = new HashMap<>();

    OutgoingServers(PrefEdits edits, NoticeSettingsTable table, Set<String> ourIdentities,
            List<String> allIdentities) {
        this.edits = edits;
        this.table = table;
        this.ourIdentities = Set.copyOf(ourIdentities);
        this.allIdentities = List.copyOf(allIdentities);
    }

    void plan(List<String> identities, List<SettingChange> changes) {
        for (String id : identities) {
            String key = serverOf(id);
            if (key.isEmpty() || isShared(key)) {
                String own = replacements.computeIfAbsent(key, k -> newServerKey(changes));
                edits.set("mail.identity." + id + ".smtpServer", new PrefValue.Str(own), Setting.IDENTITY_SMTP_SERVER,
                        changes);
                key = own;
            }
            if (!configured.contains(key)) {
                configured.add(key);
                configure(key, changes);
            }
        }
    }

    /** The identity's server, or the default server when it names none (as Thunderbird picks it). */
    private String serverOf(String id) {
        String key = edits.string("mail.identity." + id + ".smtpServer");
        return key.isEmpty() ? edits.string("mail.smtp.defaultserver") : key;
    }

    private boolean isShared(String key) {
        return allIdentities.stream().anyMatch(id -> !ourIdentities.contains(id) && serverOf(id).equals(key));
    }

    private String newServerKey(List<SettingChange> changes) {
        List<String> listed = new ArrayList<>(ThunderbirdPlanner.split(edits.string("mail.smtpservers")));
        int next = 1;
        while (listed.contains("smtp" + next) || edits.hasPrefix("mail.smtpserver.smtp" + next + ".")) {
            next++;
        }
        String key = "smtp" + next;
        listed.add(key);
        edits.set("mail.smtpservers", new PrefValue.Str(String.join(",", listed)), Setting.SMTP_SERVER_LIST,
                changes);
        edits.set("mail.smtpserver." + key + ".description", new PrefValue.Str("OCN"), Setting.SMTP_SERVER_LIST,
                new ArrayList<>());
        return key;
    }

    private void configure(String key, List<SettingChange> changes) {
        String p = "mail.smtpserver." + key + ".";
        edits.set(p + "hostname", new PrefValue.Str(table.outgoing().host()), Setting.SMTP_SERVER, changes);
        edits.setInt(p + "port", 0, table.outgoing().port(), Setting.SMTP_PORT, changes);
        edits.setInt(p + "try_ssl", 0, SSL, Setting.SMTP_SECURITY, changes);
        edits.setInt(p + "authMethod", NORMAL_PASSWORD, NORMAL_PASSWORD, Setting.SMTP_AUTHENTICATION, changes);
        edits.set(p + "username", new PrefValue.Str(table.userName()), Setting.SMTP_USER_NAME, changes);
    }
}
