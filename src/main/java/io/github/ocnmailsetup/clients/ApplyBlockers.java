package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.clients.PrefStatement.Kind;
import io.github.ocnmailsetup.domain.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What stops a plan from being applied, each with its reason for the user: a user.js that would put the old
 * values back at the next start, a locked preference, a prefs.js that is a link, a file outside the profile.
 */
final class ApplyBlockers {

    static final String USER_JS = "user.js";

    private ApplyBlockers() {
    }

    /**
     * @param prefs   the profile's prefs.js as read
     * @param changed the preferences the plan sets ({@code null} value: removes)
     * @param files   the files the plan writes
     */
    static List<Text> find(ThunderbirdProfile profile, PrefsFile prefs, Map<String, @Nullable PrefValue> changed,
            List<PlannedFile> files) {
        List<Text> blockers = new ArrayList<>();
        userJs(profile, changed, blockers);
        List<String> locked = changed.keySet().stream().filter(name -> prefs.has(name, Kind.LOCK_PREF)).toList();
        if (!locked.isEmpty()) {
            blockers.add(ClientText.of("apply.locked", String.join(", ", locked)));
        }
        for (PlannedFile file : files) {
            Path relative = ProfilePaths.insideWithoutLinks(profile.folder(), file.file());
            if (relative == null) {
                blockers.add(Files.isSymbolicLink(file.file())
                        ? ClientText.of("apply.link", file.file(), target(file.file()))
                        : ClientText.of("apply.outside", file.file(), profile.folder()));
            }
        }
        return blockers;
    }

    /**
     * Thunderbird reads user.js after prefs.js at every start: its {@code user_pref} and {@code lockPref} of a
     * setting we change would put the old value back; a {@code pref} or {@code sticky_pref} there only sets a
     * default, which our user value overrides, unless we remove the user value.
     */
    private static void userJs(ThunderbirdProfile profile, Map<String, @Nullable PrefValue> changed,
            List<Text> blockers) {
        Path userJs = profile.folder().resolve(USER_JS);
        if (!Files.exists(userJs)) {
            return;
        }
        PrefsFile overrides;
        try {
            overrides = PrefsFile.parse(Files.readAllBytes(userJs));
        } catch (PrefsSyntaxError e) {
            blockers.add(e.describe(userJs));
            return;
        } catch (IOException e) {
            blockers.add(ClientText.of("profile.unreadable", userJs));
            return;
        }
        List<String> set = new ArrayList<>();
        for (var entry : changed.entrySet()) {
            String name = entry.getKey();
            boolean putsOldValueBack = overrides.has(name, Kind.USER_PREF) || overrides.has(name, Kind.LOCK_PREF);
            boolean defaultStays = entry.getValue() == null
                    && (overrides.has(name, Kind.PREF) || overrides.has(name, Kind.STICKY_PREF));
            if (putsOldValueBack || defaultStays) {
                set.add(name);
            }
        }
        if (!set.isEmpty()) {
            blockers.add(ClientText.of("apply.userJs", String.join(", ", set)));
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }
}
