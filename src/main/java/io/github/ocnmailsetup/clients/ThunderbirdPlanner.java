package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Works out, for the OCN POP accounts of one profile, every preference that Thunderbird's own Account Settings
 * would change when the user typed in the notice's settings (「2)暗号化に関する設定」: pop.ocn.ne.jp port 995
 * SSL, smtp.ocn.ne.jp port 465 SSL with SMTP authentication, the full address as user name), plus the
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

    PlanResult plan(ThunderbirdProfile profile, OcnAddress address) {
        byte[] original;
        try {
            original = Files.readAllBytes(profile.prefsFile());
        } catch (IOException e) {
            return new PlanResult.Unreadable(profile, ClientText.of("profile.unreadable", profile.prefsFile()));
        }
        PrefsFile prefs = PrefsFile.parse(original);
        ThunderbirdVersion version = ThunderbirdVersion.of(profile.folder());
        Edits edits = new Edits(prefs, profile.folder());
        List<AccountPlan> accounts = new ArrayList<>();
        for (String account : list(prefs, "mail.accountmanager.accounts")) {
            String server = prefs.string("mail.account." + account + ".server").orElse("");
            if (!"pop3".equals(prefs.string(serverPref(server, "type")).orElse(""))) {
                continue;
            }
            List<String> identities = list(prefs, "mail.account." + account + ".identities");
            if (!belongsTo(prefs, server, identities, address)) {
                continue;
            }
            List<SettingChange> changes = new ArrayList<>();
            planIncoming(edits, server, address, version, changes);
            planOutgoing(edits, identities, address, changes);
            String name = prefs.string(serverPref(server, "name")).orElse(address.value());
            accounts.add(new AccountPlan(account, name, keepsMailOnServer(prefs, server), changes));
        }
        if (accounts.isEmpty()) {
            return new PlanResult.NoAccount(profile);
        }
        return new PlanResult.Planned(new ThunderbirdPlan(profile, version, accounts, edits.files(original)));
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

    private void planIncoming(Edits edits, String server, OcnAddress address, ThunderbirdVersion version,
            List<SettingChange> changes) {
        String newHost = settings.pop().host();
        String newUser = address.value();
        if (version.rewritesHostname()) {
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
        } else {
            // Before Thunderbird 102, Account Settings wrote the new names here and kept hostname/userName.
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
        edits.setInt(serverPref(server, "port"), -1, settings.pop().port(), Setting.POP_PORT, changes);
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

    private void planOutgoing(Edits edits, List<String> identities, OcnAddress address, List<SettingChange> changes) {
        List<String> done = new ArrayList<>();
        for (String id : identities) {
            String smtp = edits.string("mail.identity." + id + ".smtpServer");
            if (smtp.isEmpty()) {
                smtp = edits.string("mail.smtp.defaultserver");
            }
            if (smtp.isEmpty() || done.contains(smtp)) {
                continue;
            }
            done.add(smtp);
            String p = "mail.smtpserver." + smtp + ".";
            edits.set(p + "hostname", new PrefValue.Str(settings.smtp().host()), Setting.SMTP_SERVER, changes);
            edits.setInt(p + "port", 0, settings.smtp().port(), Setting.SMTP_PORT, changes);
            edits.setInt(p + "try_ssl", 0, SSL, Setting.SMTP_SECURITY, changes);
            edits.setInt(p + "authMethod", NORMAL_PASSWORD, NORMAL_PASSWORD, Setting.SMTP_AUTHENTICATION, changes);
            edits.set(p + "username", new PrefValue.Str(address.value()), Setting.SMTP_USER_NAME, changes);
        }
    }

    /** MsgIncomingServer.migrateServerUris: identities' folders, spam targets and filter targets. */
    private void migrateUris(Edits edits, String oldRoot, String newRoot, List<SettingChange> changes) {
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
        return Arrays.stream(prefs.string(name).orElse("").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The preference edits and filter file edits collected for one profile. */
    private static final class Edits {
        private final PrefsFile prefs;
        private final Path profile;
        private final Map<String, @Nullable PrefValue> changed = new LinkedHashMap<>();
        private final FilterEdits filters;

        Edits(PrefsFile prefs, Path profile) {
            this.prefs = prefs;
            this.profile = profile;
            this.filters = new FilterEdits();
        }

        @Nullable PrefValue current(String name) {
            return changed.containsKey(name) ? changed.get(name) : prefs.get(name).orElse(null);
        }

        String string(String name) {
            return current(name) instanceof PrefValue.Str s ? s.value() : "";
        }

        boolean bool(String name, boolean fallback) {
            return current(name) instanceof PrefValue.Bool b ? b.value() : fallback;
        }

        List<String> prefNames() {
            return List.copyOf(prefs.all().keySet());
        }

        List<String> serverKeys() {
            return prefNames().stream().filter(n -> n.startsWith("mail.server.") && n.endsWith(".type"))
                    .map(n -> n.substring("mail.server.".length(), n.length() - ".type".length())).toList();
        }

        void set(String name, PrefValue value, Setting setting, List<SettingChange> changes) {
            PrefValue before = current(name);
            if (value.equals(before)) {
                return;
            }
            changed.put(name, value);
            changes.add(new SettingChange(setting, name, before == null ? null : before.display(), value.display()));
        }

        /** An integer setting whose missing preference means {@code fallback}. */
        void setInt(String name, int fallback, int wanted, Setting setting, List<SettingChange> changes) {
            PrefValue before = current(name);
            int effective = before instanceof PrefValue.Int i ? i.value() : fallback;
            if (effective == wanted) {
                return;
            }
            changed.put(name, new PrefValue.Int(wanted));
            // A missing security setting means its default (none); a missing port means the protocol's default.
            String shown = before != null ? before.display() : fallback >= 0 && !name.endsWith("port")
                    ? Integer.toString(fallback) : null;
            changes.add(new SettingChange(setting, name, shown, Integer.toString(wanted)));
        }

        /** A boolean setting whose missing preference means false (Thunderbird's default for both). */
        void setBoolFalse(String name, Setting setting, List<SettingChange> changes) {
            if (bool(name, false)) {
                set(name, new PrefValue.Bool(false), setting, changes);
            }
        }

        void remove(String name, Setting setting, List<SettingChange> changes) {
            PrefValue before = current(name);
            if (before == null) {
                return;
            }
            changed.put(name, null);
            changes.add(new SettingChange(setting, name, before.display(), null));
        }

        void migrateFilters(String server, String oldRoot, String newRoot, List<SettingChange> changes) {
            Path directory = serverDirectory(server);
            if (directory != null) {
                filters.migrate(directory.resolve("msgFilterRules.dat"), oldRoot, newRoot, changes);
            }
        }

        private @Nullable Path serverDirectory(String server) {
            String relative = string(serverPref(server, "directory-rel"));
            if (relative.startsWith("[ProfD]")) {
                return profile.resolve(relative.substring("[ProfD]".length()));
            }
            String absolute = string(serverPref(server, "directory"));
            try {
                return absolute.isEmpty() ? null : Path.of(absolute);
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }

        List<PlannedFile> files(byte[] original) {
            List<PlannedFile> files = new ArrayList<>();
            if (!changed.isEmpty()) {
                byte[] after = prefs.with(changed).bytes();
                files.add(new PlannedFile(profile.resolve("prefs.js"), FileHash.sha256(original), after, changed));
            }
            files.addAll(filters.files());
            return files;
        }
    }
}
