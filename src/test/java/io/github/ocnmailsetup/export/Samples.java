package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailProfile;
import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.RetentionChoice;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/** The sample address and requests the export tests share. */
final class Samples {

    static final String ADDRESS = "taro@abc.ocn.ne.jp";
    static final LocalDate DATE = LocalDate.of(2026, 11, 27);
    static final String VERSION = "1.2.3-test";

    private Samples() {
    }

    static MailProfile profile(String address, RetentionChoice retention) {
        return MailProfile.of(OcnAddress.parse(address), OcnSettings.bundled(), retention);
    }

    static ExportRequest request(Locale locale) {
        return request(MailClient.THUNDERBIRD, locale);
    }

    static ExportRequest request(MailClient client, Locale locale) {
        return ExportRequest.of(profile(ADDRESS, RetentionChoice.KEEP_ON_SERVER), client, locale, VERSION, DATE);
    }

    static String string(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
