package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.clients.PrefStatement.Kind;
import io.github.ocnmailsetup.clients.PrefsSyntaxError.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tokenizer and parser for Mozilla's preference files (prefs.js, user.js), written from the grammar in
 * Firefox's {@code modules/libpref/parser/src/lib.rs}: statements {@code pref}, {@code user_pref},
 * {@code sticky_pref}, {@code lockPref} of the form {@code spec(name, value);}, any number per line; strings in
 * single or double quotes of any length with the escapes {@code \" \' \\ \n \r \xNN} (a raw byte) and
 * {@code &#92;uNNNN} (UTF-16, surrogate pairs joined); {@code \x00} and {@code &#92;u0000} refused; integers with an
 * optional sign as separate tokens, within 32 bits; {@code true}/{@code false}; {@code //}, {@code #} and
 * {@code /* *}{@code /} comments. Unlike Mozilla it does not recover from an error: the first one is reported with
 * its line, so nothing is ever changed in a file Thunderbird reads differently from us.
 */
final class PrefsParser {

    private final byte[] buf;
    private int i;
    private int line = 1;

    private PrefsParser(byte[] buf) {
        this.buf = buf;
    }

    static List<PrefStatement> parse(byte[] bytes) throws PrefsSyntaxError {
        return new PrefsParser(bytes).statements();
    }

    private List<PrefStatement> statements() throws PrefsSyntaxError {
        refuseNulBytes();
        List<PrefStatement> statements = new ArrayList<>();
        while (skipSpaceAndComments()) {
            statements.add(statement());
        }
        return statements;
    }

    /** Mozilla takes a NUL byte as the end of the file: what follows would be ignored, so refuse it. */
    private void refuseNulBytes() throws PrefsSyntaxError {
        for (int k = 0; k < buf.length; k++) {
            if (buf[k] == 0) {
                i = k;
                throw new PrefsSyntaxError(lineAt(k), Reason.NUL_BYTE);
            }
        }
    }

    private int lineAt(int offset) {
        int n = 1;
        for (int k = 0; k < offset; k++) {
            if (buf[k] == '\n' || (buf[k] == '\r' && (k + 1 >= buf.length || buf[k + 1] != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private PrefStatement statement() throws PrefsSyntaxError {
        int start = i;
        Kind kind = keyword();
        expect('(', Reason.EXPECTED_OPEN);
        skipSpaceAndComments();
        if (!isQuote(peek())) {
            throw error(Reason.EXPECTED_NAME);
        }
        String name = string();
        expect(',', Reason.EXPECTED_COMMA);
        skipSpaceAndComments();
        int valueStart = i;
        PrefValue value = value();
        int valueEnd = i;
        expect(')', Reason.EXPECTED_CLOSE);
        expect(';', Reason.EXPECTED_SEMICOLON);
        return new PrefStatement(kind, name, value, start, i, valueStart, valueEnd);
    }

    private Kind keyword() throws PrefsSyntaxError {
        String word = word();
        for (Kind kind : Kind.values()) {
            if (kind.keyword.equals(word)) {
                return kind;
            }
        }
        throw error(Reason.NOT_A_STATEMENT);
    }

    /** A run of [A-Za-z_], as Mozilla's keyword token; empty when the next byte is not one. */
    private String word() {
        int from = i;
        while (i < buf.length && isKeywordByte(buf[i])) {
            i++;
        }
        return new String(buf, from, i - from, StandardCharsets.US_ASCII);
    }

    private PrefValue value() throws PrefsSyntaxError {
        int c = peek();
        if (isQuote(c)) {
            return new PrefValue.Str(string());
        }
        if (c == '-' || c == '+') {
            i++;
            skipSpaceAndComments();
            return new PrefValue.Int(integer(c == '-'));
        }
        if (c >= '0' && c <= '9') {
            return new PrefValue.Int(integer(false));
        }
        String word = word();
        return switch (word) {
            case "true" -> new PrefValue.Bool(true);
            case "false" -> new PrefValue.Bool(false);
            default -> throw error(Reason.EXPECTED_VALUE);
        };
    }

    private int integer(boolean negative) throws PrefsSyntaxError {
        if (!(peek() >= '0' && peek() <= '9')) {
            throw error(Reason.EXPECTED_VALUE);
        }
        long value = 0;
        while (peek() >= '0' && peek() <= '9') {
            value = Math.min(value * 10 + (buf[i++] - '0'), 1L << 40);
        }
        if (i < buf.length && isKeywordByte(buf[i])) {
            throw error(Reason.BAD_NUMBER);
        }
        long signed = negative ? -value : value;
        if (signed < Integer.MIN_VALUE || signed > Integer.MAX_VALUE) {
            throw error(Reason.BAD_NUMBER);
        }
        return (int) signed;
    }

    /** A quoted string at {@code i}; its bytes (raw, escaped) decoded as UTF-8, as Thunderbird reads them. */
    private String string() throws PrefsSyntaxError {
        int startLine = line;
        int quote = buf[i++];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            if (i >= buf.length) {
                line = startLine; // where the quote opened, as for a comment: the end of the file helps nobody
                throw error(Reason.UNTERMINATED_STRING);
            }
            int c = buf[i++] & 0xff;
            if (c == quote) {
                return new String(out.toByteArray(), StandardCharsets.UTF_8);
            }
            if (c == '\\') {
                escape(out);
            } else {
                countLine(c);
                out.write(c);
            }
        }
    }

    private void escape(ByteArrayOutputStream out) throws PrefsSyntaxError {
        int c = i < buf.length ? buf[i++] & 0xff : -1;
        switch (c) {
            case '"', '\'', '\\' -> out.write(c);
            case 'n' -> out.write('\n');
            case 'r' -> out.write('\r');
            case 'x' -> {
                int value = hex(2);
                if (value == 0) {
                    throw error(Reason.ZERO_ESCAPE);
                }
                out.write(value);
            }
            case 'u' -> out.writeBytes(utf16Escape());
            default -> throw error(Reason.BAD_ESCAPE);
        }
    }

    /** After a backslash-u: one UTF-16 unit, or a high and a low surrogate as two escapes, as UTF-8 bytes. */
    private byte[] utf16Escape() throws PrefsSyntaxError {
        int unit = hex(4);
        if (unit == 0) {
            throw error(Reason.ZERO_ESCAPE);
        }
        if (Character.isLowSurrogate((char) unit)) {
            throw error(Reason.BAD_SURROGATE);
        }
        if (!Character.isHighSurrogate((char) unit)) {
            return String.valueOf((char) unit).getBytes(StandardCharsets.UTF_8);
        }
        if (peek() != '\\' || i + 1 >= buf.length || buf[i + 1] != 'u') {
            throw error(Reason.BAD_SURROGATE);
        }
        i += 2;
        int low = hex(4);
        if (!Character.isLowSurrogate((char) low)) {
            throw error(Reason.BAD_SURROGATE);
        }
        return new String(new char[] {(char) unit, (char) low}).getBytes(StandardCharsets.UTF_8);
    }

    private int hex(int digits) throws PrefsSyntaxError {
        int value = 0;
        for (int n = 0; n < digits; n++) {
            int digit = i < buf.length ? Character.digit(buf[i], 16) : -1;
            if (digit < 0 || buf[i] > 'f') {
                throw error(Reason.BAD_ESCAPE);
            }
            value = value * 16 + digit;
            i++;
        }
        return value;
    }

    private void expect(char wanted, Reason reason) throws PrefsSyntaxError {
        skipSpaceAndComments();
        if (peek() != wanted) {
            throw error(reason);
        }
        i++;
    }

    /** Skips white space and comments; false at the end of the file. */
    private boolean skipSpaceAndComments() throws PrefsSyntaxError {
        while (i < buf.length) {
            int c = buf[i] & 0xff;
            if (c == ' ' || c == '\t' || c == 0x0b || c == '\f' || c == '\n' || c == '\r') {
                i++;
                countLine(c);
            } else if (c == '#' || (c == '/' && peekAt(1) == '/')) {
                skipToLineEnd();
            } else if (c == '/' && peekAt(1) == '*') {
                skipBlockComment();
            } else if (c == '/') {
                throw error(Reason.UNEXPECTED_CHARACTER);
            } else if (isKeywordByte(buf[i]) || isQuote(c) || (c >= '0' && c <= '9') || "(),;+-".indexOf(c) >= 0) {
                return true;
            } else {
                throw error(Reason.UNEXPECTED_CHARACTER);
            }
        }
        return false;
    }

    private void skipToLineEnd() {
        while (i < buf.length && buf[i] != '\n' && buf[i] != '\r') {
            i++;
        }
    }

    private void skipBlockComment() throws PrefsSyntaxError {
        int startLine = line;
        i += 2;
        while (i < buf.length) {
            if (buf[i] == '*' && peekAt(1) == '/') {
                i += 2;
                return;
            }
            countLine(buf[i++] & 0xff);
        }
        line = startLine;
        throw error(Reason.UNTERMINATED_COMMENT);
    }

    /** Counts LF, CR and CRLF as one line end each; call after consuming {@code c}. */
    private void countLine(int c) {
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
        }
    }

    private int peek() {
        return i < buf.length ? buf[i] & 0xff : -1;
    }

    private int peekAt(int ahead) {
        return i + ahead < buf.length ? buf[i + ahead] & 0xff : -1;
    }

    private static boolean isQuote(int c) {
        return c == '"' || c == '\'';
    }

    private static boolean isKeywordByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_';
    }

    private PrefsSyntaxError error(Reason reason) {
        return new PrefsSyntaxError(line, reason);
    }
}
