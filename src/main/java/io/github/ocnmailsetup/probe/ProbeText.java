package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.Text;
import java.util.List;

/** Messages of the probe package: the bundle {@code io.github.ocnmailsetup.probe.messages}. */
final class ProbeText {

    static final String BUNDLE = "io.github.ocnmailsetup.probe.messages";

    private ProbeText() {
    }

    static Text of(String key, Object... args) {
        return new Text(BUNDLE, key, List.of(args));
    }
}
