package io.github.ocnmailsetup.probe;

import org.jspecify.annotations.Nullable;

/**
 * Makes text a server controls (its greeting, error replies, the names in its certificate) safe to show: every
 * character that a terminal, a log viewer or a text control would act on instead of showing is written out as
 * text. C0 controls (escape, bell, carriage return, line feed, tab...) and DEL become {@code \x1b}-style escapes;
 * C1 controls, bidirectional overrides and isolates, and the Unicode line and paragraph separators become
 * {@code \u202e}-style escapes. Everything else, Japanese included, stays as it is. A hostile server can then
 * neither clear the screen, nor start a fake line ("It is safe to accept this certificate"), nor reverse the
 * text around it.
 */
public final class ServerText {

    private ServerText() {
    }

    /** {@code text} with every control character made visible. */
    public static String visible(String text) {
        @Nullable StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            @Nullable String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static @Nullable String escape(char c) {
        if (c < 0x20 || c == 0x7f) {
            return String.format("\\x%02x", (int) c);
        }
        if ((c >= 0x80 && c <= 0x9f) || isBidiControl(c) || c == '\u2028' || c == '\u2029') {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }

    /** Marks, embeddings, overrides and isolates that change the direction of the text around them. */
    private static boolean isBidiControl(char c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
