package io.github.ocnmailsetup.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Writes one JSON value (RFC 8259) on a single line: what {@code check --json} prints. Small on purpose, so the
 * app's runtime does not carry a JSON library (2.4 MB of jars) for one object; tests read its output back with
 * Jackson, an independent parser.
 *
 * <p>Use it like a stream: {@code beginObject().name("ok").value(true).endObject().toString()}. Misuse (a value
 * where a name is due, an unclosed object) throws {@link IllegalStateException}, so a mistake cannot print
 * malformed JSON.
 */
final class JsonWriter {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out = new StringBuilder();
    private final Deque<Scope> open = new ArrayDeque<>();
    private boolean complete;

    /** One open object or array: whether it has a member yet, and (objects) whether a name awaits its value. */
    private static final class Scope {
        final boolean object;
        boolean empty = true;
        boolean nameWritten;

        Scope(boolean object) {
            this.object = object;
        }
    }

    JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        open.push(new Scope(true));
        return this;
    }

    JsonWriter endObject() {
        return end(true, '}');
    }

    JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        open.push(new Scope(false));
        return this;
    }

    JsonWriter endArray() {
        return end(false, ']');
    }

    /** The name of the next member of the open object. */
    JsonWriter name(String name) {
        Scope scope = open.peek();
        if (scope == null || !scope.object || scope.nameWritten) {
            throw new IllegalStateException("A name is only allowed in an object, before its value");
        }
        if (!scope.empty) {
            out.append(',');
        }
        scope.empty = false;
        scope.nameWritten = true;
        appendQuoted(out, name);
        out.append(':');
        return this;
    }

    /** A string, or null when {@code value} is null. */
    JsonWriter value(@Nullable String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        appendQuoted(out, value);
        afterValue();
        return this;
    }

    JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        afterValue();
        return this;
    }

    JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        afterValue();
        return this;
    }

    JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        afterValue();
        return this;
    }

    /** The finished JSON text; every object and array must be closed. */
    @Override
    public String toString() {
        if (!complete) {
            throw new IllegalStateException("The JSON value is not complete");
        }
        return out.toString();
    }

    /**
     * {@code text} as a JSON string with its quotes. Escapes what RFC 8259 requires (quote, backslash, U+0000 to
     * U+001F) and, so the text stays valid UTF-8 once printed, a surrogate without its partner; everything else,
     * Japanese and emoji included, stays as it is, as Jackson wrote it.
     */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2);
        appendQuoted(quoted, text);
        return quoted.toString();
    }

    private static void appendQuoted(StringBuilder to, String text) {
        to.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> to.append("\\\"");
                case '\\' -> to.append("\\\\");
                case '\b' -> to.append("\\b");
                case '\f' -> to.append("\\f");
                case '\n' -> to.append("\\n");
                case '\r' -> to.append("\\r");
                case '\t' -> to.append("\\t");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        appendUnicodeEscape(to, c);
                    } else {
                        to.append(c);
                    }
                }
            }
        }
        to.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    private static void appendUnicodeEscape(StringBuilder to, char c) {
        to.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }

    private void beforeValue() {
        Scope scope = open.peek();
        if (scope == null) {
            if (complete) {
                throw new IllegalStateException("Only one top-level JSON value");
            }
            return;
        }
        if (scope.object) {
            if (!scope.nameWritten) {
                throw new IllegalStateException("A value in an object needs a name first");
            }
            scope.nameWritten = false;
        } else {
            if (!scope.empty) {
                out.append(',');
            }
            scope.empty = false;
        }
    }

    private JsonWriter end(boolean object, char bracket) {
        Scope scope = open.peek();
        if (scope == null || scope.object != object || scope.nameWritten) {
            throw new IllegalStateException("Nothing to close here with " + bracket);
        }
        open.pop();
        out.append(bracket);
        afterValue();
        return this;
    }

    private void afterValue() {
        if (open.isEmpty()) {
            complete = true;
        }
    }
}
