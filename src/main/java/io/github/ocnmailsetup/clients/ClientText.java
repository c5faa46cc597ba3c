package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.Text;
import java.util.List;

/** Messages of this package's own bundle, as {@link Text} to be put into words where the language is known. */
public final class ClientText {

    /** The bundle with this package's messages (English and Japanese). */
    public static final String BUNDLE = "io.github.ocnmailsetup.clients.messages";

    private ClientText() {
    }

    /** A message from this package's bundle. */
    public static Text of(String key, Object... args) {
        return new Text(BUNDLE, key, List.of(args));
    }
}
