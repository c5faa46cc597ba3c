package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.NoticeSettingsTable;
import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Works out, for the OCN POP accounts of one profile, every preference that Thunderbird's own Account Settings
 * would change when the user typed in the notice's settings as {@link NoticeSettingsTable} gives them
 * (「2)暗号化に関する設定」: pop.ocn.ne.jp port 995 SSL, smtp.ocn.ne.jp port 465 SSL with SMTP authentication, the
 * full address as user name), plus the
 * notice's advice for those who keep mail on the server (「1)事前にご確認いただきたい設定」: do not delete from
 * the server). The user's choice to keep mail on the server or not is left as it is.
 */
final class ThunderbirdPlanner {

    private static final int SSL = 3;
    private static final int NORMAL_PASSWORD = 3;
    private static final List<String> IDENTITY_FOLDERS =
            List.of("fcc_folder", "draft_folder", "archive_folder", "stationery_folder");

    private final OcnSettings settings;

    ThunderbirdPlanner(OcnSettings settings) {
        this.settings = settings;
    }

    /** The plan that sets the table's values in the profile's accounts of the table's address. */
    PlanResult plan(ThunderbirdProfile profile, NoticeSettingsTable table) {
        OcnAddress address = table.address();
        byte[] original;
        try {
            original = Files.readAllBytes(profile.prefsFile());
        } catch (IOException e) {
            return new PlanResult.Unreadable(profile, ClientText.of("profile.unreadable", profile.prefsFile()));
        }
        PrefsFile prefs;
        try {
            prefs = PrefsFile.parse(original);
        } catch (PrefsSyntaxError e) {
            return new PlanResult.Unreadable(profile, e.describe(profile.prefsFile()));
        }
        ThunderbirdVersion version = ThunderbirdVersion.of(profile.folder());
        PrefEdits edits = new PrefEdits(prefs, profile.folder());
        Accounts found = accountsOf(prefs, address);
        Set<String> ourIdentities = new HashSet<>();
        found.ours().values().forEach(ourIdentities::addAll);
        OutgoingServers outgoing = new OutgoingServers(edits, table, ourIdentities, found.allIdentities());
        List<AccountPlan> accounts = new ArrayList<>();
        for (Map.Entry<String, List<String>> account : found.ours().entrySet()) {
            String server = prefs.string("mail.account." + account.getKey() + ".server").orElse("");
            List<SettingChange> changes = new ArrayList<>();
            planIncoming(edits, server, table, version, changes);
            outgoing.plan(account.getValue(), changes);
            String name = prefs.string(serverPref(server, "name")).orElse(address.value());
            accounts.add(new AccountPlan(account.getKey(), name, keepsMailOnServer(prefs, server), changes));
        }
        if (accounts.isEmpty()) {
            return new PlanResult.NoAccount(profile);
        }
        List<PlannedFile> files = edits.files(original);
        return new PlanResult.Planned(new ThunderbirdPlan(profile, version, accounts, files,
                ApplyBlockers.find(profile, prefs, edits.changes(), files)));
    }

    /** The profile's POP accounts of the address (account id to its identities), and every identity there is. */
    private record Accounts(Map<String, List<String>> ours, List<String> allIdentities) {
    }

    private Accounts accountsOf(PrefsFile prefs, OcnAddress address) {
        Map<String, List<String>> ours = new LinkedHashMap<>();
        List<String> allIdentities = new ArrayList<>();
        for (String account : list(prefs, "mail.accountmanager.accounts")) {
            List<String> identities = list(prefs, "mail.account." + account + ".identities");
            allIdentities.addAll(identities);
            String server = prefs.string("mail.account." + account + ".server").orElse("");
            if ("pop3".equals(prefs.string(serverPref(server, "type")).orElse(""))
                    && belongsTo(prefs, server, identities, address)) {
                ours.put(account, identities);
            }
        }
        return new Accounts(ours, allIdentities);
    }

    private boolean belongsTo(PrefsFile prefs, String server, List<String> identities, OcnAddress address) {
        String wanted = address.value();
        for (String id : identities) {
            if (wanted.equalsIgnoreCase(prefs.string("mail.identity." + id + ".useremail").orElse(""))) {
                return true;
            }
        }
        for (String suffix : new String[] {"", "real"}) {
            String user = prefs.string(serverPref(server, suffix.isEmpty() ? "userName" : "realuserName")).orElse("");
            String host = prefs.string(serverPref(server, suffix + "hostname")).orElse("").toLowerCase(Locale.ROOT);
            boolean ocnHost = host.equals(settings.ocnDomain()) || host.endsWith("." + settings.ocnDomain());
            if (user.equalsIgnoreCase(wanted) || (ocnHost && user.equals(address.localPart()))) {
                return true;
            }
        }
        return false;
    }

    private void planIncoming(PrefEdits edits, String server, NoticeSettingsTable table, ThunderbirdVersion version,
            List<SettingChange> changes) {
        if (version.rewritesHostname()) {
            planNames(edits, server, table, changes);
        } else {
            planRealNames(edits, server, table, changes);
        }
        edits.setInt(serverPref(server, "port"), -1, table.incoming().port(), Setting.POP_PORT, changes);
        int socketDefault = edits.bool(serverPref(server, "isSecure"), false) ? SSL : 0;
        edits.setInt(serverPref(server, "socketType"), socketDefault, SSL, Setting.POP_SECURITY, changes);
        edits.setInt(serverPref(server, "authMethod"), NORMAL_PASSWORD, NORMAL_PASSWORD, Setting.POP_AUTHENTICATION,
                changes);
        if (edits.bool(serverPref(server, "leave_on_server"), false)) {
            edits.setBoolFalse(serverPref(server, "delete_mail_left_on_server"), Setting.DELETE_WHEN_DELETED_HERE,
                    changes);
            edits.setBoolFalse(serverPref(server, "delete_by_age_from_server"), Setting.DELETE_AFTER_DAYS, changes);
        }
    }

    /** Thunderbird 102 and later: new hostname and userName, and every folder URI moved to the new server. */
    private void planNames(PrefEdits edits, String server, NoticeSettingsTable table, List<SettingChange> changes) {
        String newHost = table.incoming().host();
        String newUser = table.userName();
        String oldHost = edits.string(serverPref(server, "hostname"));
        String oldUser = edits.string(serverPref(server, "userName"));
        edits.set(serverPref(server, "hostname"), new PrefValue.Str(newHost), Setting.POP_SERVER, changes);
        edits.set(serverPref(server, "userName"), new PrefValue.Str(newUser), Setting.POP_USER_NAME, changes);
        edits.remove(serverPref(server, "realhostname"), Setting.OLD_REAL_NAME, changes);
        edits.remove(serverPref(server, "realuserName"), Setting.OLD_REAL_NAME, changes);
        if (!oldHost.equals(newHost) || !oldUser.equals(newUser)) {
            migrateUris(edits, ServerUri.mailbox(oldUser, oldHost), ServerUri.mailbox(newUser, newHost), changes);
            // MsgIncomingServer.onUserOrHostNameChanged: "Clear the clientid because the user or host have changed."
            edits.remove(serverPref(server, "clientid"), Setting.CLIENT_ID, changes);
        }
    }

    /** Before Thunderbird 102, Account Settings wrote the new names here and kept hostname/userName. */
    private void planRealNames(PrefEdits edits, String server, NoticeSettingsTable table,
            List<SettingChange> changes) {
        String newHost = table.incoming().host();
        String newUser = table.userName();
        String realHost = edits.string(serverPref(server, "realhostname"));
        String realUser = edits.string(serverPref(server, "realuserName"));
        String effectiveHost = realHost.isEmpty() ? edits.string(serverPref(server, "hostname")) : realHost;
        String effectiveUser = realUser.isEmpty() ? edits.string(serverPref(server, "userName")) : realUser;
        if (!effectiveHost.equals(newHost)) {
            edits.set(serverPref(server, "realhostname"), new PrefValue.Str(newHost), Setting.POP_SERVER, changes);
        }
        if (!effectiveUser.equals(newUser)) {
            edits.set(serverPref(server, "realuserName"), new PrefValue.Str(newUser), Setting.POP_USER_NAME,
                    changes);
        }
    }

    /** MsgIncomingServer.migrateServerUris: identities' folders, spam targets and filter targets. */
    private void migrateUris(PrefEdits edits, String oldRoot, String newRoot, List<SettingChange> changes) {
        for (String name : edits.prefNames()) {
            boolean identityFolder = name.startsWith("mail.identity.")
                    && IDENTITY_FOLDERS.stream().anyMatch(f -> name.endsWith("." + f));
            boolean spamTarget = name.startsWith("mail.server.")
                    && (name.endsWith(".spamActionTargetAccount") || name.endsWith(".spamActionTargetFolder"));
            if (!identityFolder && !spamTarget) {
                continue;
            }
            String uri = edits.string(name);
            String moved = ServerUri.migrate(uri, oldRoot, newRoot);
            if (!moved.equals(uri)) {
                edits.set(name, new PrefValue.Str(moved), identityFolder ? Setting.FOLDER_LOCATION
                        : Setting.SPAM_TARGET, changes);
            }
        }
        for (String server : edits.serverKeys()) {
            edits.migrateFilters(server, oldRoot, newRoot, changes);
        }
    }

    private static boolean keepsMailOnServer(PrefsFile prefs, String server) {
        return prefs.get(serverPref(server, "leave_on_server"))
                .map(v -> v instanceof PrefValue.Bool b && b.value()).orElse(false);
    }

    static String serverPref(String server, String name) {
        return "mail.server." + server + "." + name;
    }

    static List<String> list(PrefsFile prefs, String name) {
        return split(prefs.string(name).orElse(""));
    }

    static List<String> split(String commaList) {
        return Arrays.stream(commaList.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
