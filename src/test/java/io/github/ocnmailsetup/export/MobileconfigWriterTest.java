package io.github.ocnmailsetup.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.PropertyListParser;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.OcnAddress;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MobileconfigWriterTest {

    private static NSDictionary parse(ExportRequest request) throws Exception {
        return (NSDictionary) PropertyListParser.parse(ProfileExporter.render(request, ExportFormat.MOBILECONFIG));
    }

    private static NSDictionary mailPayload(NSDictionary root) {
        NSArray content = (NSArray) root.objectForKey("PayloadContent");
        assertThat(content.count()).isEqualTo(1);
        return (NSDictionary) content.objectAtIndex(0);
    }

    private static Object value(NSDictionary dict, String key) {
        NSObject object = dict.objectForKey(key);
        assertThat(object).as(key).isNotNull();
        return object.toJavaObject();
    }

    @Test
    void that_the_profile_has_every_top_level_key_apple_requires() throws Exception {
        NSDictionary root = parse(Samples.request(Locale.ENGLISH));

        assertThat(value(root, "PayloadType")).isEqualTo("Configuration");
        assertThat(value(root, "PayloadVersion")).isEqualTo(1);
        assertThat(value(root, "PayloadIdentifier")).isEqualTo("io.github.ocnmailsetup.mail.abc.ocn.ne.jp.taro");
        assertThat(UUID.fromString((String) value(root, "PayloadUUID"))).isNotNull();
        assertThat((String) value(root, "PayloadDisplayName")).isEqualTo("OCN mail (SSL)");
        assertThat((String) value(root, "PayloadDescription")).contains("taro@abc.ocn.ne.jp", "pop.ocn.ne.jp", "995");
    }

    @Test
    void that_the_mail_payload_holds_the_notices_settings() throws Exception {
        NSDictionary mail = mailPayload(parse(Samples.request(Locale.ENGLISH)));

        assertThat(value(mail, "PayloadType")).isEqualTo("com.apple.mail.managed");
        assertThat(value(mail, "PayloadVersion")).isEqualTo(1);
        assertThat(value(mail, "PayloadIdentifier"))
                .isEqualTo("io.github.ocnmailsetup.mail.abc.ocn.ne.jp.taro.account");
        assertThat(UUID.fromString((String) value(mail, "PayloadUUID"))).isNotNull();
        assertThat(value(mail, "EmailAccountType")).isEqualTo("EmailTypePOP");
        assertThat(value(mail, "EmailAddress")).isEqualTo("taro@abc.ocn.ne.jp");
        assertThat(value(mail, "IncomingMailServerHostName")).isEqualTo("pop.ocn.ne.jp");
        assertThat(value(mail, "IncomingMailServerPortNumber")).isEqualTo(995);
        assertThat(value(mail, "IncomingMailServerUseSSL")).isEqualTo(true);
        assertThat(value(mail, "IncomingMailServerAuthentication")).isEqualTo("EmailAuthPassword");
        assertThat(value(mail, "IncomingMailServerUsername")).isEqualTo("taro@abc.ocn.ne.jp");
        assertThat(value(mail, "OutgoingMailServerHostName")).isEqualTo("smtp.ocn.ne.jp");
        assertThat(value(mail, "OutgoingMailServerPortNumber")).isEqualTo(465);
        assertThat(value(mail, "OutgoingMailServerUseSSL")).isEqualTo(true);
        assertThat(value(mail, "OutgoingMailServerAuthentication")).isEqualTo("EmailAuthPassword");
        assertThat(value(mail, "OutgoingMailServerUsername")).isEqualTo("taro@abc.ocn.ne.jp");
        assertThat(value(mail, "OutgoingPasswordSameAsIncomingPassword")).isEqualTo(true);
        assertThat((String) value(mail, "EmailAccountDescription")).contains("taro@abc.ocn.ne.jp");
        // Types matter to iOS: ports are integers and the SSL flags are booleans, not strings.
        assertThat(((NSNumber) mail.objectForKey("IncomingMailServerPortNumber")).type()).isEqualTo(NSNumber.INTEGER);
        assertThat(((NSNumber) mail.objectForKey("IncomingMailServerUseSSL")).type()).isEqualTo(NSNumber.BOOLEAN);
    }

    @Test
    void that_no_password_is_ever_written_so_ios_and_macos_ask_for_it_at_install() throws Exception {
        NSDictionary mail = mailPayload(parse(Samples.request(Locale.ENGLISH)));

        assertThat(mail.allKeys()).noneMatch(key -> key.contains("Password") && !key.startsWith("OutgoingPasswordSame"));
        assertThat(value(mail, "OutgoingPasswordSameAsIncomingPassword")).isEqualTo(true);
    }

    @Test
    void that_the_uuids_are_fresh_and_the_identifier_stable() throws Exception {
        NSDictionary first = parse(Samples.request(Locale.ENGLISH));
        NSDictionary second = parse(Samples.request(Locale.ENGLISH));

        assertThat(value(first, "PayloadUUID")).isNotEqualTo(value(second, "PayloadUUID"));
        assertThat(value(mailPayload(first), "PayloadUUID")).isNotEqualTo(value(first, "PayloadUUID"));
        assertThat(value(first, "PayloadIdentifier")).isEqualTo(value(second, "PayloadIdentifier"));
    }

    @Test
    void that_unusual_local_parts_still_give_a_reverse_dns_identifier_of_their_own() {
        String plus = MobileconfigWriter.identifier(OcnAddress.parse("taro+news@abc.ocn.ne.jp"));
        String dash = MobileconfigWriter.identifier(OcnAddress.parse("taro-news@abc.ocn.ne.jp"));

        assertThat(plus).matches("[a-z0-9.-]+").isNotEqualTo(dash);
    }

    @Test
    void that_the_names_are_in_the_chosen_language() throws Exception {
        NSDictionary root = parse(Samples.request(MailClient.APPLE_MAIL, Locale.JAPANESE));

        assertThat((String) value(root, "PayloadDisplayName")).isEqualTo("OCNメール(SSL)");
        assertThat((String) value(mailPayload(root), "PayloadDisplayName")).isEqualTo("OCNメールのアカウント");
    }
}
