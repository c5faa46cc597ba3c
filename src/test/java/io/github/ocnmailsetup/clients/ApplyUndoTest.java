package io.github.ocnmailsetup.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apply, verify, restore and undo on copies of real and hand-made profiles. */
class ApplyUndoTest {

    @TempDir
    Path dir;

    private ThunderbirdSetup setup() {
        return TestProfiles.setup(dir);
    }

    private static List<String> backups(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".ocn-backup-")).toList();
        }
    }

    @Test
    void that_apply_writes_the_plan_and_undo_gives_back_the_original_bytes() throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("handmade-several", dir.resolve("p"));
        Path filters = profile.folder().resolve("Mail/Local Folders/msgFilterRules.dat");
        byte[] prefsBefore = Files.readAllBytes(profile.prefsFile());
        byte[] filtersBefore = Files.readAllBytes(filters);

        ApplyResult applied = setup().apply(TestProfiles.plan(setup(), profile));

        assertThat(applied).isInstanceOf(ApplyResult.Applied.class);
        PrefsFile prefs = TestProfiles.prefs(profile);
        assertThat(prefs.string("mail.server.server1.hostname")).contains("pop.ocn.ne.jp");
        assertThat(prefs.get("mail.server.server1.socketType")).contains(new PrefValue.Int(3));
        assertThat(prefs.get("mail.server.server1.leave_on_server")).contains(new PrefValue.Bool(true));
        assertThat(prefs.get("mail.server.server1.clientid")).isEmpty();
        assertThat(prefs.string("mail.server.server4.hostname")).contains("xyz.ocn.ne.jp");
        assertThat(TestProfiles.text(filters)).contains("actionValue=\"mailbox://taro%40abc.ocn.ne.jp@pop.ocn.ne.jp"
                + "/Inbox/Family\"\r\n");
        assertThat(backups(profile.folder())).hasSize(1);
        assertThat(Files.readAllBytes(profile.folder().resolve(backups(profile.folder()).get(0))))
                .isEqualTo(prefsBefore);
        assertThat(setup().canUndo(profile)).isTrue();

        assertThat(setup().undo(profile, false)).isInstanceOf(UndoResult.Restored.class);

        assertThat(Files.readAllBytes(profile.prefsFile())).isEqualTo(prefsBefore);
        assertThat(Files.readAllBytes(filters)).isEqualTo(filtersBefore);
        assertThat(setup().canUndo(profile)).isFalse();
        assertThat(setup().undo(profile, false)).isInstanceOf(UndoResult.NothingToUndo.class);
    }

    @Test
    void that_comments_and_unknown_lines_stay_byte_for_byte() throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("handmade-several", dir.resolve("p"));
        List<String> untouched = Files.readAllLines(profile.prefsFile()).stream()
                .filter(l -> !l.contains("server1") && !l.contains("smtp1") && !l.contains("id1.")).toList();

        setup().apply(TestProfiles.plan(setup(), profile));

        assertThat(Files.readAllLines(profile.prefsFile())).containsSubsequence(untouched)
                .contains("user_pref(\"x.two.on.one.line\", 1); user_pref(\"x.second\", 'two') /* inline */ ; # a hash comment",
                        "  user_pref(\"zzz.unknown.extension.setting\", 'single \"quoted\" \\x41');",
                        "pref(\"a.default.style.line\", 1);",
                        "user_pref(\"mail.identity.id1.fullName\", \"山田 \\\"タロー\\\" 太郎\");");
    }

    @Test
    void that_a_second_apply_changes_nothing() throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("real-153", dir.resolve("p"));
        setup().apply(TestProfiles.plan(setup(), profile));
        byte[] afterFirst = Files.readAllBytes(profile.prefsFile());

        ThunderbirdPlan second = TestProfiles.plan(setup(), profile);

        assertThat(second.isAlreadyDone()).isTrue();
        assertThat(second.accounts().get(0).changes()).isEmpty();
        assertThat(setup().apply(second)).isInstanceOf(ApplyResult.NothingToChange.class);
        assertThat(Files.readAllBytes(profile.prefsFile())).isEqualTo(afterFirst);
        assertThat(backups(profile.folder())).hasSize(1);
    }

    @Test
    void that_windows_line_endings_stay_windows_line_endings() throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("real-153", dir.resolve("p"));
        String lf = Files.readString(profile.prefsFile(), StandardCharsets.UTF_8);
        byte[] crlf = lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        Files.write(profile.prefsFile(), crlf);

        setup().apply(TestProfiles.plan(setup(), profile));

        String written = Files.readString(profile.prefsFile(), StandardCharsets.UTF_8);
        assertThat(written.replace("\r\n", "")).doesNotContain("\n");
        assertThat(written).contains("user_pref(\"mail.server.server1.socketType\", 3);\r\n");
        setup().undo(profile, false);
        assertThat(Files.readAllBytes(profile.prefsFile())).isEqualTo(crlf);
    }

    @Test
    void that_undo_after_a_change_to_an_applied_setting_lists_it_and_force_restores_the_backup() throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("real-153", dir.resolve("p"));
        byte[] original = Files.readAllBytes(profile.prefsFile());
        setup().apply(TestProfiles.plan(setup(), profile));
        String applied = TestProfiles.text(profile.prefsFile());
        Files.writeString(profile.prefsFile(), applied.replace("user_pref(\"mail.server.server1.port\", 995);",
                "user_pref(\"mail.server.server1.port\", 1995);"));
        byte[] changed = Files.readAllBytes(profile.prefsFile());

        UndoResult refused = setup().undo(profile, false);

        assertThat(refused).isInstanceOf(UndoResult.ChangedSinceApply.class);
        assertThat(((UndoResult.ChangedSinceApply) refused).changes())
                .containsExactly(new UndoResult.ChangedSetting("mail.server.server1.port", "995", "1995"));
        assertThat(Files.readAllBytes(profile.prefsFile())).isEqualTo(changed);
        assertThat(setup().undo(profile, true)).isInstanceOf(UndoResult.Restored.class);
        assertThat(Files.readAllBytes(profile.prefsFile())).isEqualTo(original);
    }

    @Test
    void that_a_failed_write_leaves_the_profile_as_it_was() throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("real-153", dir.resolve("p"));
        byte[] original = Files.readAllBytes(profile.prefsFile());
        ThunderbirdPlan plan = TestProfiles.plan(setup(), profile);
        // A directory where the temporary file must go: refuses the write even for root, unlike chmod.
        Files.createDirectory(profile.folder().resolve("prefs.js" + SafeFiles.TEMP_SUFFIX));

        ApplyResult result = setup().apply(plan);

        assertThat(result).isInstanceOf(ApplyResult.Failed.class);
        assertThat(((ApplyResult.Failed) result).restored()).isTrue();
        assertThat(Files.readAllBytes(profile.prefsFile())).isEqualTo(original);
        assertThat(backups(profile.folder())).isEmpty();
        assertThat(setup().canUndo(profile)).isFalse();
    }

    @Test
    void that_a_failure_on_the_last_file_puts_back_the_files_already_written() throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("handmade-several", dir.resolve("p"));
        byte[] original = Files.readAllBytes(profile.prefsFile());
        Path lastFilters = profile.folder().resolve("Mail/Local Folders");
        ThunderbirdPlan plan = TestProfiles.plan(setup(), profile);
        Files.createDirectory(lastFilters.resolve("msgFilterRules.dat" + SafeFiles.TEMP_SUFFIX));

        ApplyResult result = setup().apply(plan);

        assertThat(result).isInstanceOf(ApplyResult.Failed.class);
        assertThat(Files.readAllBytes(profile.prefsFile())).isEqualTo(original);
        assertThat(TestProfiles.text(profile.folder().resolve("Mail/abc.ocn.ne.jp/msgFilterRules.dat")))
                .contains("mailbox://taro@abc.ocn.ne.jp/Work").doesNotContain("pop.ocn.ne.jp");
    }

    @Test
    void that_an_unwritable_profile_folder_changes_nothing() throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("real-153", dir.resolve("p"));
        byte[] original = Files.readAllBytes(profile.prefsFile());
        ThunderbirdPlan plan = TestProfiles.plan(setup(), profile);
        Files.setPosixFilePermissions(profile.folder(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Root ignores folder permissions; the directory-in-the-way test above covers that case.
            assumeFalse(Files.isWritable(profile.folder()), "running as root: chmod does not stop writes");
            assertThat(setup().apply(plan)).isInstanceOf(ApplyResult.Failed.class);
            assertThat(Files.readAllBytes(profile.prefsFile())).isEqualTo(original);
        } finally {
            Files.setPosixFilePermissions(profile.folder(), PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void that_a_file_changed_after_the_plan_is_not_overwritten() throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("real-153", dir.resolve("p"));
        ThunderbirdPlan plan = TestProfiles.plan(setup(), profile);
        Files.writeString(profile.prefsFile(), "// Thunderbird wrote\n", java.nio.file.StandardOpenOption.APPEND);
        byte[] changed = Files.readAllBytes(profile.prefsFile());

        assertThat(setup().apply(plan)).isInstanceOf(ApplyResult.ChangedSincePlan.class);
        assertThat(Files.readAllBytes(profile.prefsFile())).isEqualTo(changed);
    }

    @Test
    void that_the_password_store_is_never_touched() throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("real-153", dir.resolve("p"));
        Path logins = Files.writeString(profile.folder().resolve("logins.json"), "{\"logins\":[]}");
        Path key4 = Files.write(profile.folder().resolve("key4.db"), new byte[] {1, 2, 3});
        var before = List.of(Files.getLastModifiedTime(logins), Files.getLastModifiedTime(key4));

        ThunderbirdPlan plan = TestProfiles.plan(setup(), profile);
        setup().apply(plan);
        setup().undo(profile, true);

        assertThat(plan.files()).extracting(PlannedFile::file).containsExactly(profile.prefsFile());
        assertThat(List.of(Files.getLastModifiedTime(logins), Files.getLastModifiedTime(key4))).isEqualTo(before);
        assertThat(Files.readString(logins)).isEqualTo("{\"logins\":[]}");
    }

    @Test
    void that_a_user_js_that_would_put_old_values_back_stops_the_apply() throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("real-153", dir.resolve("p"));
        byte[] original = Files.readAllBytes(profile.prefsFile());
        Files.writeString(profile.folder().resolve("user.js"),
                "user_pref(\"mail.server.server1.port\", 110);\nuser_pref(\"general.other\", 1);\n");

        ThunderbirdPlan plan = TestProfiles.plan(setup(), profile);
        ApplyResult result = setup().apply(plan);

        assertThat(plan.blockers()).hasSize(1);
        assertThat(result).isInstanceOf(ApplyResult.Failed.class);
        assertThat(((ApplyResult.Failed) result).reason().in(java.util.Locale.ENGLISH))
                .contains("user.js", "mail.server.server1.port");
        assertThat(Files.readAllBytes(profile.prefsFile())).isEqualTo(original);
    }
}
