package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.clients.PrefStatement.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A prefs.js (or user.js) as its bytes and the statements {@link PrefsParser} found in them. An edit changes
 * only the value bytes of the statements concerned, removes statements or appends new ones, so every other byte
 * (comments, other statements, spacing, line endings, invalid UTF-8 in comments) stays as it was.
 */
final class PrefsFile {

    private final byte[] bytes;
    private final List<PrefStatement> statements;
    /** Per name, the last value of each kind (index: {@link Kind#ordinal()}), in the order names first appear. */
    private final Map<String, PrefValue[]> byName = new LinkedHashMap<>();

    private PrefsFile(byte[] bytes, List<PrefStatement> statements) {
        this.bytes = bytes.clone();
        this.statements = List.copyOf(statements);
        for (PrefStatement s : statements) {
            PrefValue[] values = byName.computeIfAbsent(s.name(), n -> new PrefValue[Kind.values().length]);
            values[s.kind().ordinal()] = s.value();
            if (s.kind() == Kind.PREF || s.kind() == Kind.STICKY_PREF) {
                values[Kind.PREF.ordinal()] = s.value(); // the last default of either kind
            }
        }
    }

    /** Reads the bytes of a preference file; a syntax error is refused with its line. */
    static PrefsFile parse(byte[] bytes) throws PrefsSyntaxError {
        return new PrefsFile(bytes, PrefsParser.parse(bytes));
    }

    /**
     * The value Thunderbird uses, as far as this file decides it: a {@code lockPref} wins, then the last
     * {@code user_pref}, then the last {@code pref} or {@code sticky_pref} (a default).
     */
    Optional<PrefValue> get(String name) {
        PrefValue[] values = byName.get(name);
        if (values == null) {
            return Optional.empty();
        }
        PrefValue locked = values[Kind.LOCK_PREF.ordinal()];
        PrefValue user = values[Kind.USER_PREF.ordinal()];
        return Optional.ofNullable(locked != null ? locked : user != null ? user : values[Kind.PREF.ordinal()]);
    }

    /** The user value ({@code user_pref}), the one the Account Settings page changes. */
    Optional<PrefValue> userValue(String name) {
        PrefValue[] values = byName.get(name);
        return Optional.ofNullable(values == null ? null : values[Kind.USER_PREF.ordinal()]);
    }

    /** Whether a statement of this kind sets the preference. */
    boolean has(String name, Kind kind) {
        return statements.stream().anyMatch(s -> s.kind() == kind && s.name().equals(name));
    }

    /** A string preference, or empty when it is missing or not a string. */
    Optional<String> string(String name) {
        return get(name).filter(PrefValue.Str.class::isInstance).map(v -> ((PrefValue.Str) v).value());
    }

    /** Every preference name with the value {@link #get} gives, in the order first seen. */
    Map<String, PrefValue> all() {
        Map<String, PrefValue> all = new LinkedHashMap<>();
        byName.keySet().forEach(name -> all.put(name, get(name).orElseThrow()));
        return Collections.unmodifiableMap(all);
    }

    /**
     * The file with these edits to user values: a value replaces the value of every {@code user_pref} of that
     * preference in place, {@code null} removes its {@code user_pref} statements (defaults set with {@code pref}
     * stay), and a preference without a {@code user_pref} gets one appended in Thunderbird's form.
     */
    PrefsFile with(Map<String, @Nullable PrefValue> edits) {
        List<Splice> splices = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        for (PrefStatement s : statements) {
            if (!edits.containsKey(s.name())) {
                continue;
            }
            PrefValue value = edits.get(s.name());
            if (value == null && s.kind() == Kind.USER_PREF) {
                splices.add(removal(s));
            } else if (value != null && s.kind() == Kind.USER_PREF) {
                splices.add(new Splice(s.valueStart(), s.valueEnd(), utf8(value.literal())));
                replaced.add(s.name());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        splices.sort(Comparator.comparingInt(Splice::from));
        for (Splice splice : splices) {
            out.write(bytes, at, splice.from() - at);
            out.writeBytes(splice.with());
            at = splice.to();
        }
        out.write(bytes, at, bytes.length - at);
        appendMissing(out, edits, replaced);
        try {
            return parse(out.toByteArray());
        } catch (PrefsSyntaxError e) {
            throw new IllegalStateException("An edit made the file unreadable: " + e.getMessage(), e);
        }
    }

    private void appendMissing(ByteArrayOutputStream out, Map<String, @Nullable PrefValue> edits,
            List<String> replaced) {
        String ending = dominantEnding();
        boolean needsEnding = bytes.length > 0 && bytes[bytes.length - 1] != '\n' && bytes[bytes.length - 1] != '\r';
        for (Map.Entry<String, @Nullable PrefValue> edit : edits.entrySet()) {
            PrefValue value = edit.getValue();
            if (value == null || replaced.contains(edit.getKey())) {
                continue;
            }
            if (needsEnding || out.size() > 0 && endsWithoutLineEnd(out)) {
                out.writeBytes(utf8(ending));
                needsEnding = false;
            }
            out.writeBytes(utf8(render(edit.getKey(), value) + ending));
        }
    }

    private static boolean endsWithoutLineEnd(ByteArrayOutputStream out) {
        byte[] sofar = out.toByteArray();
        byte last = sofar[sofar.length - 1];
        return last != '\n' && last != '\r';
    }

    /** A byte range replaced by other bytes. */
    private record Splice(int from, int to, byte[] with) {
    }

    /** Removes a statement; when it is alone on its line, the whole line with its ending goes. */
    private Splice removal(PrefStatement s) {
        int from = s.start();
        while (from > 0 && (bytes[from - 1] == ' ' || bytes[from - 1] == '\t')) {
            from--;
        }
        int to = s.end();
        while (to < bytes.length && (bytes[to] == ' ' || bytes[to] == '\t')) {
            to++;
        }
        boolean lineStart = from == 0 || bytes[from - 1] == '\n' || bytes[from - 1] == '\r';
        boolean lineEnd = to == bytes.length || bytes[to] == '\n' || bytes[to] == '\r';
        if (!lineStart || !lineEnd) {
            return new Splice(s.start(), s.end(), new byte[0]);
        }
        if (to < bytes.length && bytes[to] == '\r') {
            to++;
        }
        if (to < bytes.length && bytes[to] == '\n' && bytes[to - 1] != '\n') {
            to++;
        }
        return new Splice(from, to, new byte[0]);
    }

    private String dominantEnding() {
        int crlf = 0;
        int lf = 0;
        for (int k = 0; k < bytes.length; k++) {
            if (bytes[k] == '\n') {
                if (k > 0 && bytes[k - 1] == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    /** One statement as Thunderbird writes it. */
    private static String render(String name, PrefValue value) {
        return "user_pref(" + new PrefValue.Str(name).literal() + ", " + value.literal() + ");";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The file's bytes. */
    byte[] bytes() {
        return bytes.clone();
    }
}
