package io.github.ocnmailsetup.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedReplyInputTest {

    private final AtomicInteger breaches = new AtomicInteger();

    private BoundedReplyInput input(String text) {
        return new BoundedReplyInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)),
                breaches::incrementAndGet);
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void that_lines_up_to_the_bound_pass_and_one_byte_more_stops_reading() throws IOException {
        String longest = "+OK " + "a".repeat(BoundedReplyInput.MAX_LINE_BYTES - 4) + "\r\n";
        assertThat(readAll(input(longest + longest))).isEqualTo(longest + longest);

        BoundedReplyInput tooLong = input("+OK " + "a".repeat(BoundedReplyInput.MAX_LINE_BYTES) + "\r\n");
        assertThatThrownBy(() -> readAll(tooLong)).isInstanceOfSatisfying(ReplyLimitException.class,
                e -> assertThat(e.limit()).isEqualTo(ReplyLimitException.Limit.LINE));
        assertThatThrownBy(tooLong::read).as("every later read fails too").isInstanceOf(ReplyLimitException.class);
        assertThat(breaches).hasValue(1);
    }

    @Test
    void that_a_reply_is_bounded_and_each_command_starts_a_new_one() throws IOException {
        String line = "x".repeat(99) + "\n";
        int linesInReply = BoundedReplyInput.MAX_REPLY_BYTES / line.length();
        BoundedReplyInput twoReplies = input(line.repeat(linesInReply * 2));
        byte[] buffer = new byte[line.length()];
        for (int i = 0; i < linesInReply * 2; i++) {
            if (i == linesInReply) {
                twoReplies.commandSent(false);
            }
            assertThat(twoReplies.readNBytes(buffer, 0, buffer.length)).isEqualTo(buffer.length);
        }

        BoundedReplyInput endless = input(line.repeat(linesInReply + 1));
        assertThatThrownBy(() -> readAll(endless)).isInstanceOfSatisfying(ReplyLimitException.class,
                e -> assertThat(e.limit()).isEqualTo(ReplyLimitException.Limit.REPLY));
    }

    @Test
    void that_a_stat_count_is_read_as_a_number_and_an_absurd_one_refused() throws IOException {
        BoundedReplyInput ordinary = input("+OK 1000000 123456789\r\n");
        ordinary.commandSent(true);
        assertThat(readAll(ordinary)).startsWith("+OK 1000000");

        for (String count : new String[] {"1000001", "2147483647", "99999999999999999999", "0002147483647"}) {
            BoundedReplyInput absurd = input("+OK " + count + " 0\r\n");
            absurd.commandSent(true);
            assertThatThrownBy(() -> readAll(absurd)).as(count).isInstanceOfSatisfying(ReplyLimitException.class,
                    e -> assertThat(e.limit()).isEqualTo(ReplyLimitException.Limit.MESSAGE_COUNT));
        }
        BoundedReplyInput notAfterStat = input("+OK 2147483647 0\r\n");
        assertThat(readAll(notAfterStat)).as("only the reply to STAT is a count").contains("2147483647");
    }

    @Test
    void that_the_output_watcher_recognises_stat_and_nothing_else() throws IOException {
        for (String command : new String[] {"PASS stat", "STATS", "USER STAT", "XSTAT"}) {
            BoundedReplyInput replies = input("+OK 2147483647 0\r\n");
            new CommandWatchingOutput(new ByteArrayOutputStream(), replies)
                    .write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(readAll(replies)).as(command).contains("2147483647");
        }
        BoundedReplyInput replies = input("+OK 2147483647 0\r\n");
        new CommandWatchingOutput(new ByteArrayOutputStream(), replies)
                .write("stat\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> readAll(replies)).isInstanceOf(ReplyLimitException.class);
    }
}
