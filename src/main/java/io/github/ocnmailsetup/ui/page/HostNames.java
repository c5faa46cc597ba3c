package io.github.ocnmailsetup.ui.page;

import java.util.regex.Pattern;

/**
 * Keeps server names and mail addresses on one line inside wrapping text: 「(例：xxx.ocn.ne.jp)」 must not break
 * as 「xxx.」 / 「ocn.ne.jp」, or a reader types half a name. The text's own words stay as written in the bundles;
 * the joining is done here, for display only.
 */
final class HostNames {

    /**
     * ZERO WIDTH NO-BREAK SPACE: invisible and forbids a line break beside it. The word joiner U+2060, which
     * Unicode now prefers for this, is ignored by the JDK's line breaker that JavaFX wraps text with; this one
     * is honoured by both.
     */
    static final char JOINER = '\uFEFF';

    /** A dot or hyphen between two letters or digits of a name (□ stands for letters the reader fills in). */
    private static final Pattern INSIDE_NAME = Pattern.compile("(?<=[A-Za-z0-9\u25a1])([.\\-])(?=[A-Za-z0-9\u25a1])");

    private HostNames() {
    }

    /** The text with every host name and address in it made unbreakable; the rest of the text wraps as before. */
    static String keptWhole(String text) {
        return INSIDE_NAME.matcher(text).replaceAll("$1" + JOINER);
    }
}
