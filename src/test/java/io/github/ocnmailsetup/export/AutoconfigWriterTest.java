package io.github.ocnmailsetup.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.RetentionChoice;
import io.github.ocnmailsetup.export.ThunderbirdAutoconfigRules.DesktopConfig;
import io.github.ocnmailsetup.export.ThunderbirdAutoconfigRules.Rejected;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AutoconfigWriterTest {

    private static byte[] render(ExportRequest request) {
        return ProfileExporter.render(request, ExportFormat.THUNDERBIRD);
    }

    @Test
    void that_thunderbird_desktop_reads_the_pop3_and_smtp_servers() {
        DesktopConfig config = ThunderbirdAutoconfigRules.readAsDesktop(render(Samples.request(Locale.ENGLISH)));

        assertThat(config.id()).isEqualTo("abc.ocn.ne.jp");
        assertThat(config.domains()).containsExactly("abc.ocn.ne.jp");
        assertThat(config.incoming().type()).isEqualTo("pop3");
        assertThat(config.incoming().hostname()).isEqualTo("pop.ocn.ne.jp");
        assertThat(config.incoming().port()).isEqualTo(995);
        assertThat(config.incoming().socketType()).isEqualTo("SSL");
        assertThat(config.incoming().username()).isEqualTo("%EMAILADDRESS%");
        assertThat(config.incoming().authentication()).isEqualTo("password-cleartext");
        assertThat(config.incoming().pop3()).containsEntry("leaveMessagesOnServer", "true")
                .containsEntry("downloadOnBiff", "true");
        assertThat(config.outgoing().hostname()).isEqualTo("smtp.ocn.ne.jp");
        assertThat(config.outgoing().port()).isEqualTo(465);
        assertThat(config.outgoing().socketType()).isEqualTo("SSL");
        assertThat(config.outgoing().username()).isEqualTo("%EMAILADDRESS%");
        assertThat(config.outgoing().authentication()).isEqualTo("password-cleartext");
    }

    @Test
    void that_the_file_never_holds_a_password() {
        byte[] xml = render(Samples.request(Locale.ENGLISH));
        DesktopConfig config = ThunderbirdAutoconfigRules.readAsDesktop(xml);

        assertThat(config.incoming().hasPassword()).isFalse();
        assertThat(config.outgoing().hasPassword()).isFalse();
        assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("<password");
    }

    @Test
    void that_download_and_delete_customers_are_not_told_to_keep_mail() {
        ExportRequest request = ExportRequest.of(
                Samples.profile(Samples.ADDRESS, RetentionChoice.DOWNLOAD_AND_DELETE), MailClient.THUNDERBIRD,
                Locale.ENGLISH, Samples.VERSION, Samples.DATE);

        DesktopConfig config = ThunderbirdAutoconfigRules.readAsDesktop(render(request));

        assertThat(config.incoming().pop3()).containsEntry("leaveMessagesOnServer", "false");
    }

    @Test
    void that_thunderbird_for_android_finds_no_pop_server_in_it_but_reads_the_smtp_server() {
        byte[] xml = render(Samples.request(Locale.ENGLISH));

        // The reason the sheet tells Android users to type the settings in themselves.
        assertThatThrownBy(() -> ThunderbirdAutoconfigRules.readAsAndroid(xml))
                .isInstanceOf(Rejected.class).hasMessage("No supported 'incomingServer' element found");
        assertThat(ThunderbirdAutoconfigRules.androidOutgoing(xml)).singleElement().satisfies(smtp -> {
            assertThat(smtp.hostname()).isEqualTo("smtp.ocn.ne.jp");
            assertThat(smtp.port()).isEqualTo(465);
            assertThat(smtp.security()).isEqualTo("TLS");
            assertThat(smtp.authentication()).containsExactly("password-cleartext");
        });
    }

    @Test
    void that_the_ported_rules_refuse_what_thunderbird_refuses() {
        String good = Samples.string(render(Samples.request(Locale.ENGLISH)));

        assertRejected(good.replace("<socketType>SSL</socketType>", "<socketType>TLS</socketType>"));
        assertRejected(good.replace("password-cleartext", "password"));
        assertRejected(good.replace("version=\"1.1\"", "version=\"1.0\""));
        assertRejected(good.replace("<port>995</port>", "<port>99999</port>"));
        assertRejected(good.replace("%EMAILADDRESS%", "%EMAIL%"));
        assertRejected(good.replace("<leaveMessagesOnServer>true", "<leaveMessagesOnServer>yes"));
        assertRejected(good.replace("type=\"pop3\"", "type=\"imap\""));
        assertRejected(good.replace("<domain>abc.ocn.ne.jp</domain>", "<domain>abc ocn</domain>"));
        assertRejected(good.replace("type=\"smtp\"", "type=\"smtps\""));
    }

    private static void assertRejected(String xml) {
        assertThatThrownBy(() -> ThunderbirdAutoconfigRules.readAsDesktop(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Rejected.class);
    }
}
