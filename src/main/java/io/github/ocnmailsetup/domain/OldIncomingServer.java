package io.github.ocnmailsetup.domain;

/**
 * The incoming server the mail software uses before the switch: the notice's 「□□□.ocn.ne.jp」 (「おことわり」), which
 * the notice does not name. Either known (the user corrected it, or a Thunderbird profile named it) or guessed from
 * the address's domain, and then always said to be a guess.
 *
 * @param host  the server's name
 * @param known whether it is known; false for the guess from the address
 */
public record OldIncomingServer(String host, boolean known) {

    public OldIncomingServer {
        host = host.strip();
        if (host.isEmpty()) {
            throw new ValidationException(Text.domain("server.empty"));
        }
    }

    /** The guess from the address: its domain part ({@code abc.ocn.ne.jp} for taro@abc.ocn.ne.jp). */
    public static OldIncomingServer guessedFrom(OcnAddress address) {
        return new OldIncomingServer(address.proposedOldPopServer(), false);
    }

    /** A server the user named or a profile showed. */
    public static OldIncomingServer known(String host) {
        return new OldIncomingServer(host, true);
    }
}
