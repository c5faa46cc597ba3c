package io.github.ocnmailsetup.probe;

/**
 * What POP3 STAT reported at the first login, before the test message arrived: the number of messages and
 * their size in bytes. The notice's 「おことわり」 says that after the switch this mail is received again; the
 * wizard uses these figures to say how much.
 */
public record MailboxStats(int messages, long bytes) {
}
