package io.github.ocnmailsetup.probe;

import static io.github.ocnmailsetup.probe.TestServers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The promise that the check never reads or deletes a message it did not send, proved on a mailbox of 5,000
 * messages: every POP3 command the check sends is recorded behind a TLS proxy in front of GreenMail.
 */
class MailboxSafetyTest {

    private static final int MAILBOX_SIZE = 5000;

    private static GreenMail greenMail;
    private static GreenMailUser user;

    @BeforeAll
    static void fill() throws Exception {
        greenMail = TestServers.greenMail("127.0.0.1");
        user = TestServers.user(greenMail, PASSWORD);
        TestServers.fill(user, MAILBOX_SIZE);
    }

    @AfterAll
    static void stop() {
        greenMail.stop();
    }

    @Test
    void that_a_mailbox_of_5000_messages_is_identical_afterwards_and_only_headers_were_read() throws Exception {
        List<Long> uidsBefore = uids();
        try (FakeServers.RecordingTlsProxy pop = new FakeServers.RecordingTlsProxy(greenMail.getPop3().getPort())) {
            CheckRequest request = TestServers.request(pop.endpoint(), TestServers.smtp(greenMail), PASSWORD);

            CheckResult result = new ConnectionCheck(request).run(CheckListener.NONE);

            assertThat(result.ok()).as(result.report().render(Locale.ENGLISH)).isTrue();
            assertThat(result.stats()).get().extracting(MailboxStats::messages).isEqualTo(MAILBOX_SIZE);
            assertThat(uids()).isEqualTo(uidsBefore);
            assertThat(TestServers.messages(greenMail, user)).noneMatch(m -> m.isSet(Flags.Flag.SEEN));
            List<String> verbs = pop.verbs();
            assertThat(verbs).doesNotContain("RETR", "LIST")
                    .allMatch(v -> List.of("USER", "PASS", "STAT", "UIDL", "TOP", "DELE", "QUIT").contains(v));
            assertThat(pop.clientLines).filteredOn(l -> l.startsWith("DELE"))
                    .containsExactly("DELE " + (MAILBOX_SIZE + 1));
            assertThat(pop.clientLines).filteredOn(l -> l.startsWith("TOP"))
                    .allMatch(l -> l.endsWith(" 0"))
                    .hasSizeLessThanOrEqualTo(PopMailbox.NEWEST);
            assertThat(pop.clientLines).filteredOn(l -> l.startsWith("UIDL")).allMatch(l -> l.matches("UIDL \\d+"));
        }
    }

    private static List<Long> uids() throws Exception {
        return TestServers.messages(greenMail, user).stream().map(StoredMessage::getUid).toList();
    }
}
