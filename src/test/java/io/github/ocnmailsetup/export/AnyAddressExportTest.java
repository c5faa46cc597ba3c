package io.github.ocnmailsetup.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.RetentionChoice;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/** Whatever OCN address the user has, every file parses back and carries that address unchanged. */
class AnyAddressExportTest {

    /** The characters OcnAddress accepts in a local part (a dot may not start or end it). */
    private static final String ATEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-_";

    /** Local parts an OCN address may have. Markup characters are refused by OcnAddress (OcnAddressTest). */
    private static Gen<String> localParts() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, ATEXT.length() - 1)).ofSizeBetween(1, 20)
                .map(indexes -> {
                    StringBuilder local = new StringBuilder();
                    indexes.forEach(i -> local.append(ATEXT.charAt(i)));
                    return local.toString();
                });
    }

    private static Gen<String> domains() {
        return SourceDSL.integers().between(0, 3).map(i -> new String[] {"ocn.ne.jp", "abc.ocn.ne.jp",
            "x-1.ocn.ne.jp", "mail.def.ocn.ne.jp"}[i]);
    }

    @Test
    void that_every_format_round_trips_any_address() {
        qt().withExamples(60).forAll(localParts(), domains()).checkAssert((local, domain) -> {
            String address = local + "@" + domain;
            ExportRequest request = ExportRequest.of(Samples.profile(address, RetentionChoice.KEEP_ON_SERVER),
                    MailClient.OUTLOOK, Locale.JAPANESE, Samples.VERSION, Samples.DATE);

            NSDictionary plist = parsePlist(ProfileExporter.render(request, ExportFormat.MOBILECONFIG));
            NSDictionary mail = (NSDictionary) ((NSArray) plist.objectForKey("PayloadContent")).objectAtIndex(0);
            assertThat(mail.objectForKey("EmailAddress").toJavaObject()).isEqualTo(address);
            assertThat((String) plist.objectForKey("PayloadIdentifier").toJavaObject()).matches("[a-z0-9.-]+");

            var config = ThunderbirdAutoconfigRules.readAsDesktop(ProfileExporter.render(request, ExportFormat.THUNDERBIRD));
            assertThat(config.id()).isEqualTo(domain);

            JAXPXPathEngine xpath = new JAXPXPathEngine();
            xpath.setNamespaceContext(java.util.Map.of("r", AutodiscoverWriter.RESPONSE_NS));
            String login = xpath.evaluate("//r:Protocol[r:Type='POP3']/r:LoginName",
                    Input.fromByteArray(ProfileExporter.render(request, ExportFormat.AUTODISCOVER)).build());
            assertThat(login).isEqualTo(address);

            String sheet = Samples.string(ProfileExporter.render(request, ExportFormat.SHEET));
            assertThat(sheet).contains(HtmlTemplate.escape(address));
            if (!HtmlTemplate.escape(address).equals(address)) {
                assertThat(sheet).doesNotContain(address);
            }
        });
    }

    private static NSDictionary parsePlist(byte[] bytes) {
        try {
            return (NSDictionary) PropertyListParser.parse(bytes);
        } catch (Exception e) {
            throw new AssertionError("the plist does not parse", e);
        }
    }
}
