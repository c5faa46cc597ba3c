package io.github.ocnmailsetup.clients;

import static io.github.ocnmailsetup.clients.TestProfiles.TARO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ocnmailsetup.domain.OcnAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans made on profiles written by a real Thunderbird 153 and on hand-made edge cases. */
class ThunderbirdPlannerTest {

    private static final String NEW_ROOT = "mailbox://taro%40abc.ocn.ne.jp@pop.ocn.ne.jp";

    @TempDir
    Path dir;

    private List<SettingChange> changes(ThunderbirdPlan plan) {
        assertThat(plan.accounts()).hasSize(1);
        return plan.accounts().get(0).changes();
    }

    @Test
    void that_the_ocn_account_of_a_real_thunderbird_profile_gets_every_ssl_setting() {
        ThunderbirdSetup setup = TestProfiles.setup(dir);
        ThunderbirdPlan plan = TestProfiles.plan(setup, TestProfiles.copy("real-153", dir.resolve("p")));

        assertThat(plan.version().rewritesHostname()).isTrue();
        assertThat(changes(plan)).extracting(SettingChange::where, SettingChange::before, SettingChange::after)
                .contains(
                        tuple("mail.server.server1.hostname", "abc.ocn.ne.jp", "pop.ocn.ne.jp"),
                        tuple("mail.server.server1.userName", "taro", "taro@abc.ocn.ne.jp"),
                        tuple("mail.server.server1.port", "110", "995"),
                        tuple("mail.server.server1.socketType", "0", "3"),
                        tuple("mail.server.server1.delete_mail_left_on_server", "true", "false"),
                        tuple("mail.server.server1.delete_by_age_from_server", "true", "false"),
                        tuple("mail.identity.id1.fcc_folder", "mailbox://taro@abc.ocn.ne.jp/Sent", NEW_ROOT + "/Sent"),
                        tuple("mail.identity.id1.draft_folder", "mailbox://taro@abc.ocn.ne.jp/Drafts",
                                NEW_ROOT + "/Drafts"),
                        tuple("mail.identity.id1.stationery_folder", "mailbox://taro@abc.ocn.ne.jp/Templates",
                                NEW_ROOT + "/Templates"),
                        tuple("mail.smtpserver.smtp1.port", "25", "465"),
                        tuple("mail.smtpserver.smtp1.try_ssl", "0", "3"),
                        tuple("mail.smtpserver.smtp1.authMethod", "1", "3"),
                        tuple("mail.smtpserver.smtp1.username", null, "taro@abc.ocn.ne.jp"));
        assertThat(changes(plan)).extracting(SettingChange::where)
                .noneMatch(w -> w.contains("server3") || w.contains("smtp2") || w.contains("id2")
                        || w.contains("leave_on_server") || w.contains("smtp1.hostname"));
        assertThat(plan.accounts().get(0).keepsMailOnServer()).isTrue();
    }

    @Test
    void that_the_plan_speaks_the_users_language() {
        ThunderbirdPlan plan = TestProfiles.plan(TestProfiles.setup(dir), TestProfiles.copy("real-153", dir.resolve("p")));
        SettingChange security = changes(plan).stream()
                .filter(c -> c.setting() == Setting.POP_SECURITY).findFirst().orElseThrow();
        assertThat(security.label(Locale.JAPANESE)).isEqualTo("接続の保護(受信)");
        assertThat(security.beforeText(Locale.ENGLISH)).isEqualTo("None");
        assertThat(security.afterText(Locale.JAPANESE)).isEqualTo("SSL/TLS");
    }

    @Test
    void that_an_older_thunderbird_gets_realhostname_and_keeps_its_folder_uris() {
        ThunderbirdPlan plan = TestProfiles.plan(TestProfiles.setup(dir), TestProfiles.copy("legacy-91", dir.resolve("p")));

        assertThat(plan.version().version()).isEqualTo("91.13.1");
        assertThat(plan.version().rewritesHostname()).isFalse();
        assertThat(changes(plan)).extracting(SettingChange::where, SettingChange::after)
                .contains(tuple("mail.server.server1.realhostname", "pop.ocn.ne.jp"),
                        tuple("mail.server.server1.realuserName", "taro@abc.ocn.ne.jp"),
                        tuple("mail.server.server1.port", "995"));
        assertThat(changes(plan)).extracting(SettingChange::where)
                .doesNotContain("mail.server.server1.hostname", "mail.server.server1.userName")
                .noneMatch(w -> w.startsWith("mail.identity."));
    }

    @Test
    void that_other_accounts_stay_untouched_and_filters_spam_targets_and_client_id_follow_the_server() {
        ThunderbirdProfile profile = TestProfiles.copy("handmade-several", dir.resolve("p"));
        ThunderbirdPlan plan = TestProfiles.plan(TestProfiles.setup(dir), profile);

        List<SettingChange> changes = changes(plan);
        assertThat(plan.accounts().get(0).accountKey()).isEqualTo("account1");
        assertThat(changes).extracting(SettingChange::where)
                .noneMatch(w -> w.contains("server3") || w.contains("server4") || w.contains("smtp2")
                        || w.contains("smtp3") || w.contains("id3.") || w.contains("id4."))
                .contains("mail.server.server1.spamActionTargetAccount", "mail.server.server1.spamActionTargetFolder",
                        "mail.server.server1.clientid", "mail.smtpserver.smtp1.username");
        assertThat(changes).filteredOn(c -> c.setting() == Setting.FILTER_TARGET)
                .extracting(SettingChange::before, SettingChange::after)
                .containsExactlyInAnyOrder(
                        tuple("mailbox://taro@abc.ocn.ne.jp/Work", NEW_ROOT + "/Work"),
                        tuple("mailbox://taro@abc.ocn.ne.jp/Inbox/Family", NEW_ROOT + "/Inbox/Family"));
        assertThat(changes).filteredOn(c -> c.setting() == Setting.CLIENT_ID).extracting(SettingChange::after)
                .containsOnlyNulls();
        assertThat(plan.files()).extracting(f -> f.file().getFileName().toString())
                .containsExactly("prefs.js", "msgFilterRules.dat", "msgFilterRules.dat");
    }

    @Test
    void that_an_account_that_does_not_keep_mail_on_the_server_keeps_its_delete_settings() {
        ThunderbirdProfile profile = TestProfiles.copy("handmade-no-keep", dir.resolve("p"));
        PlanResult result = TestProfiles.setup(dir).plan(profile, OcnAddress.parse("jiro@def.ocn.ne.jp"));
        ThunderbirdPlan plan = ((PlanResult.Planned) result).plan();

        assertThat(plan.accounts().get(0).keepsMailOnServer()).isFalse();
        assertThat(changes(plan)).extracting(SettingChange::setting)
                .contains(Setting.POP_SERVER, Setting.POP_PORT, Setting.SMTP_PORT)
                .doesNotContain(Setting.DELETE_AFTER_DAYS, Setting.DELETE_WHEN_DELETED_HERE);
    }

    @Test
    void that_a_profile_without_the_address_has_no_account() {
        ThunderbirdProfile profile = TestProfiles.copy("real-153", dir.resolve("p"));
        assertThat(TestProfiles.setup(dir).plan(profile, OcnAddress.parse("someone@xyz.ocn.ne.jp")))
                .isInstanceOf(PlanResult.NoAccount.class);
    }

    @Test
    void that_a_missing_prefs_file_is_reported_as_unreadable() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        assertThat(TestProfiles.setup(dir).plan(new ThunderbirdProfile("x", dir.resolve("empty"), false), TARO))
                .isInstanceOf(PlanResult.Unreadable.class);
    }

    @Test
    void that_an_outgoing_server_shared_with_another_account_is_left_to_it_and_ours_gets_a_new_one()
            throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("handmade-several", dir.resolve("p"));
        // hanako's identity names no server, so it uses the default smtp1 together with taro's.
        String prefs = Files.readString(profile.prefsFile()).replace(
                "user_pref(\"mail.identity.id4.smtpServer\", \"smtp3\");\n", "");
        Files.writeString(profile.prefsFile(), prefs);
        ThunderbirdSetup setup = TestProfiles.setup(dir);

        ThunderbirdPlan plan = TestProfiles.plan(setup, profile);

        assertThat(changes(plan)).extracting(SettingChange::where, SettingChange::before, SettingChange::after)
                .contains(tuple("mail.identity.id1.smtpServer", "smtp1", "smtp4"),
                        tuple("mail.identity.id3.smtpServer", null, "smtp4"),
                        tuple("mail.smtpservers", "smtp1,smtp2,smtp3", "smtp1,smtp2,smtp3,smtp4"),
                        tuple("mail.smtpserver.smtp4.hostname", null, "smtp.ocn.ne.jp"),
                        tuple("mail.smtpserver.smtp4.port", null, "465"),
                        tuple("mail.smtpserver.smtp4.try_ssl", "0", "3"),
                        tuple("mail.smtpserver.smtp4.username", null, "taro@abc.ocn.ne.jp"));
        assertThat(changes(plan)).extracting(SettingChange::where).noneMatch(w -> w.contains("smtp1."));
        assertThat(setup.apply(plan)).isInstanceOf(ApplyResult.Applied.class);
        assertThat(TestProfiles.plan(setup, profile).isAlreadyDone()).isTrue();
    }
}
