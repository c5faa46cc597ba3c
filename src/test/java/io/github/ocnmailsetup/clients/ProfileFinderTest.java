package io.github.ocnmailsetup.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocnmailsetup.clients.ThunderbirdEnvironment.OperatingSystem;
import io.github.ocnmailsetup.domain.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** profiles.ini in each system's usual places, in a fake home folder. */
class ProfileFinderTest {

    @TempDir
    Path home;

    private Path profileUnder(Path root, String relativeFolder, String extraIni) throws Exception {
        Path folder = root.resolve(relativeFolder);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("prefs.js"), "// Mozilla User Preferences\n");
        Files.writeString(root.resolve("profiles.ini"), "[General]\nStartWithLastProfile=1\n\n[Profile0]\n"
                + "Name=default-release\nIsRelative=1\nPath=" + relativeFolder + "\nDefault=1\n" + extraIni);
        return folder;
    }

    private static ThunderbirdEnvironment env(Path home, OperatingSystem os, Map<String, String> vars) {
        return new ThunderbirdEnvironment(home, vars, os);
    }

    @Test
    void that_linux_snap_and_flatpak_profiles_are_all_found() throws Exception {
        Path plain = profileUnder(home.resolve(".thunderbird"), "abcd.default-release", "");
        Path snap = profileUnder(home.resolve("snap/thunderbird/common/.thunderbird"), "snap1.default", "");
        Path flatpak = profileUnder(home.resolve(".var/app/org.mozilla.Thunderbird/.thunderbird"), "fp.default", "");

        assertThat(ProfileFinder.find(env(home, OperatingSystem.LINUX, Map.of())))
                .extracting(ThunderbirdProfile::folder).containsExactly(plain, snap, flatpak);
    }

    @Test
    void that_windows_uses_appdata_and_macos_library() throws Exception {
        Path appData = home.resolve("Roaming");
        Path windows = profileUnder(appData.resolve("Thunderbird"), "Profiles/w.default", "");
        Path mac = profileUnder(home.resolve("Library/Thunderbird"), "Profiles/m.default", "");

        assertThat(ProfileFinder.find(env(home, OperatingSystem.WINDOWS, Map.of("APPDATA", appData.toString()))))
                .extracting(ThunderbirdProfile::folder).containsExactly(windows);
        assertThat(ProfileFinder.find(env(home, OperatingSystem.MAC, Map.of())))
                .extracting(ThunderbirdProfile::folder).containsExactly(mac);
    }

    @Test
    void that_an_absolute_path_and_the_install_default_are_read() throws Exception {
        Path elsewhere = home.resolve("elsewhere/prof");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("prefs.js"), "");
        Path root = home.resolve(".thunderbird");
        Files.createDirectories(root);
        Files.writeString(root.resolve("profiles.ini"), "[Profile1]\r\nName=ocn\r\nIsRelative=0\r\nPath="
                + elsewhere + "\r\n\r\n[Install4F96D1932A9F858E]\r\nDefault=" + elsewhere + "\r\n");

        assertThat(ProfileFinder.find(env(home, OperatingSystem.LINUX, Map.of())))
                .containsExactly(new ThunderbirdProfile("ocn", elsewhere, true));
    }

    @Test
    void that_a_profile_folder_or_a_folder_with_profiles_ini_can_be_named() throws Exception {
        Path folder = profileUnder(home.resolve(".thunderbird"), "x.default", "");

        assertThat(ProfileFinder.atFolder(folder).folder()).isEqualTo(folder);
        assertThat(ProfileFinder.atFolder(home.resolve(".thunderbird")).folder()).isEqualTo(folder);
    }

    @Test
    void that_a_folder_without_a_profile_is_bad_input_in_the_users_language() {
        assertThatThrownBy(() -> ProfileFinder.atFolder(home.resolve("nothing")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).message(Locale.JAPANESE))
                        .contains("プロファイルがありません"));
    }

    @Test
    void that_nothing_is_found_in_an_empty_home() {
        assertThat(ProfileFinder.find(env(home, OperatingSystem.LINUX, Map.of()))).isEmpty();
    }
}
