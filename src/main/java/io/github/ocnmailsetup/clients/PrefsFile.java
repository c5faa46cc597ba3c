package io.github.ocnmailsetup.clients;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A prefs.js as lines of bytes. Reading keeps every line exactly (comments, unknown lines, CRLF or LF); an
 * edit replaces only the {@code user_pref} lines of the preferences concerned, drops removed ones and appends
 * missing ones, so every other byte of the file stays as it was.
 */
final class PrefsFile {

    // The text is held as ISO-8859-1, one char per byte, so untouched lines go back out byte for byte.
    private static final Pattern USER_PREF = Pattern.compile(
            "^(\\s*)user_pref\\s*\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')\\s*,\\s*"
                    + "(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|true|false|[-+]?\\d+)\\s*\\)\\s*;\\s*$");

    private record Line(String body, String ending, @Nullable String name, @Nullable PrefValue value) {
    }

    private final List<Line> lines;

    private PrefsFile(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Reads the bytes of a prefs.js. */
    static PrefsFile parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int after = end;
            if (after < text.length() && text.charAt(after) == '\r') {
                after++;
            }
            if (after < text.length() && text.charAt(after) == '\n' && (after == end || text.charAt(end) == '\r')) {
                after++;
            }
            lines.add(parseLine(text.substring(start, end), text.substring(end, after)));
            start = after;
        }
        return new PrefsFile(lines);
    }

    private static Line parseLine(String body, String ending) {
        Matcher m = USER_PREF.matcher(body);
        if (!m.matches()) {
            return new Line(body, ending, null, null);
        }
        try {
            String name = unquote(m.group(2));
            String raw = m.group(3);
            PrefValue value;
            if (raw.equals("true") || raw.equals("false")) {
                value = new PrefValue.Bool(raw.equals("true"));
            } else if (raw.startsWith("\"") || raw.startsWith("'")) {
                value = new PrefValue.Str(unquote(raw));
            } else {
                value = new PrefValue.Int(Integer.parseInt(raw.startsWith("+") ? raw.substring(1) : raw));
            }
            return new Line(body, ending, name, value);
        } catch (IllegalArgumentException e) {
            return new Line(body, ending, null, null);
        }
    }

    /** Undoes the quoting of a prefs.js string literal (given as ISO-8859-1 bytes of UTF-8 text). */
    private static String unquote(String literal) {
        String utf8 = new String(literal.substring(1, literal.length() - 1).getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < utf8.length(); i++) {
            char c = utf8.charAt(i);
            if (c != '\\' || i + 1 >= utf8.length()) {
                out.append(c);
                continue;
            }
            char next = utf8.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'x' -> {
                    out.append((char) Integer.parseInt(utf8.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.append((char) Integer.parseInt(utf8.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    /** The value the preference has: the last user_pref line for it wins, as when Thunderbird reads the file. */
    Optional<PrefValue> get(String name) {
        PrefValue found = null;
        for (Line line : lines) {
            if (name.equals(line.name())) {
                found = line.value();
            }
        }
        return Optional.ofNullable(found);
    }

    /** A string preference, or empty when it is missing or not a string. */
    Optional<String> string(String name) {
        return get(name).filter(PrefValue.Str.class::isInstance).map(v -> ((PrefValue.Str) v).value());
    }

    /** Every preference name with its value, in file order (last value wins). */
    Map<String, PrefValue> all() {
        Map<String, PrefValue> all = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.name() != null && line.value() != null) {
                all.put(line.name(), line.value());
            }
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * The file with these edits: a value replaces every line of that preference in place, {@code null} removes
     * them, and a preference not yet in the file is appended in Thunderbird's form with the file's line ending.
     */
    PrefsFile with(Map<String, @Nullable PrefValue> edits) {
        List<Line> result = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Line line : lines) {
            String name = line.name();
            if (name == null || !edits.containsKey(name)) {
                result.add(line);
                continue;
            }
            seen.add(name);
            PrefValue value = edits.get(name);
            if (value != null) {
                Matcher m = USER_PREF.matcher(line.body());
                String indent = m.matches() ? m.group(1) : "";
                result.add(new Line(indent + render(name, value), line.ending(), name, value));
            }
        }
        String ending = dominantEnding();
        for (Map.Entry<String, @Nullable PrefValue> edit : edits.entrySet()) {
            PrefValue value = edit.getValue();
            if (value == null || seen.contains(edit.getKey())) {
                continue;
            }
            if (!result.isEmpty() && result.get(result.size() - 1).ending().isEmpty()) {
                Line last = result.remove(result.size() - 1);
                result.add(new Line(last.body(), ending, last.name(), last.value()));
            }
            result.add(new Line(render(edit.getKey(), value), ending, edit.getKey(), value));
        }
        return new PrefsFile(result);
    }

    private String dominantEnding() {
        long crlf = lines.stream().filter(l -> l.ending().equals("\r\n")).count();
        long lf = lines.stream().filter(l -> l.ending().equals("\n")).count();
        return crlf > lf ? "\r\n" : "\n";
    }

    /** One line as Thunderbird writes it, as ISO-8859-1 chars of its UTF-8 bytes. */
    private static String render(String name, PrefValue value) {
        String line = "user_pref(" + new PrefValue.Str(name).literal() + ", " + value.literal() + ");";
        return new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The file's bytes. */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Line line : lines) {
            out.writeBytes((line.body() + line.ending()).getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }
}
