package io.github.ocnmailsetup.clients;

import java.nio.file.Path;

/**
 * One Thunderbird profile: the folder that holds {@code prefs.js} and the mail folders.
 *
 * @param name      the name profiles.ini gives it, or the folder's name when the user pointed at a folder
 * @param folder    the profile folder
 * @param isDefault whether profiles.ini marks it as the one Thunderbird opens
 */
public record ThunderbirdProfile(String name, Path folder, boolean isDefault) {

    /** The profile's preferences file. */
    public Path prefsFile() {
        return folder.resolve("prefs.js");
    }
}
