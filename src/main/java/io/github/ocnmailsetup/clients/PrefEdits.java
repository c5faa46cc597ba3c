package io.github.ocnmailsetup.clients;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The preference edits and filter file edits collected for one profile. */
final class PrefEdits {
    private final PrefsFile prefs;
    private final Path profile;
    private final Map<String, @Nullable PrefValue> changed = new LinkedHashMap<>();
    private final FilterEdits filters;

    PrefEdits(PrefsFile prefs, Path profile) {
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

    /** Whether any preference, in the file or added, starts with this prefix. */
    boolean hasPrefix(String prefix) {
        return prefs.all().keySet().stream().anyMatch(n -> n.startsWith(prefix))
                || changed.keySet().stream().anyMatch(n -> n.startsWith(prefix));
    }

    /** The user values the plan writes ({@code null}: removed). */
    Map<String, @Nullable PrefValue> changes() {
        return java.util.Collections.unmodifiableMap(changed);
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
        String relative = string(ThunderbirdPlanner.serverPref(server, "directory-rel"));
        if (relative.startsWith("[ProfD]")) {
            return profile.resolve(relative.substring("[ProfD]".length()));
        }
        String absolute = string(ThunderbirdPlanner.serverPref(server, "directory"));
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
            List<PrefChange> prefChanges = new ArrayList<>();
            changed.forEach((name, value) -> prefChanges.add(new PrefChange(name, prefs.userValue(name).orElse(null),
                    value)));
            files.add(new PlannedFile(profile.resolve("prefs.js"), FileHash.sha256(original), after, prefChanges));
        }
        files.addAll(filters.files());
        return files;
    }
}
