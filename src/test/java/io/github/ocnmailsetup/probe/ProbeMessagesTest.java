package io.github.ocnmailsetup.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.OcnSettings;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every text of the check exists in Japanese and English, and every kind and step has its words. */
class ProbeMessagesTest {

    @Test
    void that_both_languages_have_the_same_keys() {
        ResourceBundle english = I18n.bundle(ProbeText.BUNDLE, Locale.ENGLISH);
        ResourceBundle japanese = I18n.bundle(ProbeText.BUNDLE, Locale.JAPANESE);

        assertThat(japanese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @Test
    void that_every_failure_kind_and_step_is_explained_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            for (FailureKind kind : FailureKind.values()) {
                assertThat(kind.explanation().in(locale)).isNotBlank();
                assertThat(kind.remedy().in(locale)).isNotBlank().doesNotContain("{");
            }
            for (CheckStep step : CheckStep.values()) {
                assertThat(step.label().in(locale)).isNotBlank();
            }
        }
    }

    @Test
    void that_the_rejected_password_remedy_names_the_notice_causes_in_order() {
        String english = FailureKind.POP_AUTH_REJECTED.remedy().in(Locale.ENGLISH);

        assertThat(english).containsSubsequence("Caps Lock", "9 or more", "first 8", "2009/11/23",
                "version-up");
    }

    @Test
    void that_the_rejected_password_remedy_shows_its_steps_one_per_line_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            String[] lines = FailureKind.POP_AUTH_REJECTED.remedy().in(locale).split("\n");

            assertThat(lines).as(locale.toString()).hasSize(4);
            for (int step = 1; step <= 3; step++) {
                assertThat(lines[step]).as(locale + " line " + step).startsWith(step + ". ")
                        .doesNotContain((step + 1) + ". ");
            }
        }
    }

    @Test
    void that_the_plain_port_remedy_names_the_notice_ports_from_the_data() {
        OcnSettings ocn = OcnSettings.bundled();
        String pop = String.valueOf(ocn.pop().port());
        String smtp = String.valueOf(ocn.smtp().port());

        assertThat(FailureKind.TLS_NOT_SPOKEN.remedy().in(Locale.ENGLISH)).contains(pop, smtp).doesNotContain("{0}");
        assertThat(FailureKind.TLS_NOT_SPOKEN.remedy().in(Locale.JAPANESE))
                .contains("受信(POP)サーバが" + pop, "送信(SMTP)サーバが" + smtp);
    }

    @Test
    void that_the_rejected_login_remedies_fill_every_number_and_read_as_english() {
        for (FailureKind kind : new FailureKind[] {FailureKind.POP_AUTH_REJECTED, FailureKind.SMTP_AUTH_REJECTED}) {
            String english = kind.remedy().in(Locale.ENGLISH);
            assertThat(english).as(kind.name()).contains("mail software's password field").doesNotContain("{", "''");
        }
        assertThat(FailureKind.POP_AUTH_REJECTED.remedy().in(Locale.ENGLISH)).contains("first 8", "2009/11/23");
    }

    @Test
    void that_the_ids_are_the_contract() {
        assertThat(CheckStep.values()).extracting(CheckStep::id)
                .containsExactly("pop-login", "smtp-send", "delivery", "cleanup");
        assertThat(FailureKind.values()).extracting(FailureKind::id).containsExactly("DNS_FAILURE",
                "CONNECTION_REFUSED", "CONNECTION_TIMEOUT", "SERVER_SILENT", "TLS_UNTRUSTED_CERTIFICATE",
                "TLS_HOSTNAME_MISMATCH", "TLS_NOT_SPOKEN", "TLS_HANDSHAKE_FAILED", "POP_AUTH_REJECTED",
                "MAILBOX_IN_USE", "SMTP_AUTH_REJECTED", "SEND_REJECTED", "DELIVERY_TIMEOUT", "SERVER_ERROR", "CANCELLED");
    }
}
