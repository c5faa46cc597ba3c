package io.github.ocnmailsetup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The settings table of the notice, for one address, and where its values come from. */
class MailProfileTest {

    private final OcnAddress taro = OcnAddress.parse("taro@abc.ocn.ne.jp");

    @Test
    void that_the_profile_holds_the_notice_servers_ports_and_the_full_address_as_username() {
        MailProfile profile = MailProfile.of(taro, OcnSettings.bundled(), RetentionChoice.KEEP_ON_SERVER);

        assertThat(profile.incoming()).isEqualTo(new ServerEndpoint("pop.ocn.ne.jp", 995));
        assertThat(profile.outgoing()).isEqualTo(new ServerEndpoint("smtp.ocn.ne.jp", 465));
        assertThat(profile.username()).isEqualTo("taro@abc.ocn.ne.jp");
        assertThat(profile.implicitTls()).isTrue();
        assertThat(profile.smtpAuthSameAsIncoming()).isTrue();
        assertThat(profile.keepOnServer()).isTrue();
        assertThat(profile.deleteOnServerWithLocalDelete()).isFalse();
        assertThat(profile.oldIncomingServer()).isEqualTo("abc.ocn.ne.jp");
    }

    @Test
    void that_download_and_delete_users_are_not_told_to_keep_mail() {
        MailProfile profile = MailProfile.of(taro, OcnSettings.bundled(), RetentionChoice.DOWNLOAD_AND_DELETE);

        assertThat(profile.keepOnServer()).isFalse();
    }

    @Test
    void that_the_user_can_correct_the_old_server() {
        MailProfile profile = MailProfile.of(taro, OcnSettings.bundled(), RetentionChoice.KEEP_ON_SERVER)
                .withOldIncomingServer(" mail.abc.ocn.ne.jp ");

        assertThat(profile.oldIncomingServer()).isEqualTo("mail.abc.ocn.ne.jp");
        assertThatThrownBy(() -> profile.withOldIncomingServer("  ")).isInstanceOf(ValidationException.class);
    }

    @Test
    void that_the_bundled_data_file_carries_the_notice_values() {
        OcnSettings settings = OcnSettings.bundled();

        assertThat(settings.eligibilityBoundary()).isEqualTo(LocalDate.of(2009, 11, 24));
        assertThat(settings.ocnMailStart()).isEqualTo(LocalDate.of(1996, 12, 1));
        assertThat(settings.passwordMaxLength()).isEqualTo(8);
        assertThat(settings.ocnDomain()).isEqualTo("ocn.ne.jp");
        assertThat(settings.zone().getId()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void that_tests_and_the_demo_can_point_at_other_servers() {
        OcnSettings loopback = OcnSettings.bundled().withServers(
                ServerEndpoint.parse("127.0.0.1:3995"), ServerEndpoint.parse("localhost:3465"));

        MailProfile profile = MailProfile.of(taro, loopback, RetentionChoice.KEEP_ON_SERVER);

        assertThat(profile.incoming()).isEqualTo(new ServerEndpoint("127.0.0.1", 3995));
        assertThat(profile.outgoing()).isEqualTo(new ServerEndpoint("localhost", 3465));
    }

    @Test
    void that_server_arguments_without_a_port_or_with_a_bad_one_are_refused() {
        assertThat(ServerEndpoint.parse("[::1]:995")).isEqualTo(new ServerEndpoint("::1", 995));
        assertThatThrownBy(() -> ServerEndpoint.parse("pop.ocn.ne.jp")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("host:port").hasMessageContaining("for example pop.ocn.ne.jp:995");
        assertThatThrownBy(() -> ServerEndpoint.parse("pop.ocn.ne.jp:99999")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("65535");
        assertThatThrownBy(() -> ServerEndpoint.parse("pop.ocn.ne.jp:abc")).isInstanceOf(ValidationException.class);
    }

    @Test
    void that_the_notice_explanations_read_in_both_languages() {
        assertThat(NoticeMessages.encryptionScope().in(Locale.JAPANESE)).contains("パソコンとOCNのメールサーバの間だけ");
        assertThat(NoticeMessages.encryptionScope().in(Locale.ENGLISH)).contains("not encrypted all the way");
        assertThat(NoticeMessages.mailComesAgain(1234, 56_700_000).in(Locale.ENGLISH))
                .contains("1,234 messages").doesNotContain("MB").contains("do not delete the mail on the server");
        assertThat(NoticeMessages.mailComesAgain(1234, 56_700_000).in(Locale.JAPANESE)).contains("1,234通");
        assertThat(NoticeMessages.mailComesAgain(0, 0).in(Locale.ENGLISH)).contains("received twice");
    }
}
