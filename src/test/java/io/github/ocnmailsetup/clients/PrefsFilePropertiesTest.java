package io.github.ocnmailsetup.clients;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of reading and editing preference files over many generated files and values. */
class PrefsFilePropertiesTest {

    /** Pieces that are valid on their own, so any sequence of them is a valid file. */
    private static final List<byte[]> VALID = List.of(
            bytes("user_pref(\"a.b\", \"x\\\"y\");"), bytes("user_pref('q', 'r\\'s');"), bytes("pref(\"c\", 1);"),
            bytes("sticky_pref(\"d\",-12);"), bytes("lockPref(\"e\", true) ;"), bytes("user_pref(\r\"f\"\n,\t+3)\r\n;"),
            bytes("user_pref(\"g\", '山\\u3042\\xE3\\x81\\x82 \r\n raw lines');"), bytes("\r\n"), bytes("\n"),
            bytes("\r"), bytes(" "), bytes("\t"), bytes("// comment é\n"), bytes("# hash\r\n"), bytes("/* a\r\nb */"),
            new byte[] {'/', '/', (byte) 0xff, (byte) 0x85, '\n'}, bytes("/* \u0085 user_pref(\"a.b\", 9); */"));

    /** The same, with pieces that break the grammar. */
    private static final List<byte[]> ANY = List.of(
            bytes("user_pref("), bytes("\"open"), bytes("'"), bytes("\\"), bytes("\\x0"), bytes("\\u"), bytes(")"),
            bytes(";"), bytes("-"), bytes("99999999999"), bytes("/*"), bytes("*/"), bytes("/"), bytes("junk"),
            new byte[] {0}, new byte[] {(byte) 0xff}, bytes("\\uD800"), bytes("1"), bytes(","));

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] file(List<byte[]> pieces, List<Integer> indexes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        indexes.forEach(i -> out.writeBytes(pieces.get(i)));
        return out.toByteArray();
    }

    private static Gen<List<Integer>> validFiles() {
        return lists().of(integers().between(0, VALID.size() - 1)).ofSizeBetween(0, 60);
    }

    /** Any text of Unicode characters except NUL (which no preference can hold) and lone surrogates. */
    private static Gen<String> values() {
        return strings().betweenCodePoints(1, Character.MAX_CODE_POINT).ofLengthBetween(0, 300)
                .map(s -> s.codePoints().map(c -> c >= 0xD800 && c <= 0xDFFF ? 'x' : c)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    @Test
    void that_any_valid_file_is_written_back_byte_for_byte_when_nothing_changes() {
        qt().forAll(validFiles()).check(indexes -> {
            byte[] original = file(VALID, indexes);
            return Arrays.equals(TestProfiles.parse(original).bytes(), original);
        });
    }

    @Test
    void that_any_string_value_and_name_round_trips_through_a_written_file() {
        qt().forAll(values(), values().assuming(name -> !name.isEmpty())).check((value, name) -> {
            byte[] written = TestProfiles.parse(new byte[0]).with(Map.of(name, new PrefValue.Str(value))).bytes();
            byte[] replaced = TestProfiles.parse(bytes("user_pref(" + new PrefValue.Str(name).literal()
                    + ", 'old');\n")).with(Map.of(name, new PrefValue.Str(value))).bytes();
            return TestProfiles.parse(written).string(name).equals(Optional.of(value))
                    && TestProfiles.parse(replaced).string(name).equals(Optional.of(value));
        });
    }

    @Test
    void that_an_added_preference_keeps_every_byte_before_it() {
        qt().forAll(validFiles()).check(indexes -> {
            byte[] original = file(VALID, indexes);
            byte[] edited = TestProfiles.parse(original).with(Map.of("zz.new", new PrefValue.Int(1))).bytes();
            String before = new String(original, StandardCharsets.ISO_8859_1);
            String after = new String(edited, StandardCharsets.ISO_8859_1);
            return after.startsWith(before)
                    && after.substring(before.length()).replaceAll("[\\r\\n]", "").equals("user_pref(\"zz.new\", 1);")
                    && TestProfiles.parse(edited).get("zz.new").equals(Optional.of(new PrefValue.Int(1)));
        });
    }

    @Test
    void that_an_edit_changes_that_value_and_no_other() {
        qt().forAll(validFiles(), integers().between(-5, 5)).check((indexes, value) -> {
            PrefsFile original = TestProfiles.parse(file(VALID, indexes));
            PrefsFile edited = original.with(Map.of("a.b", new PrefValue.Int(value)));
            Map<String, PrefValue> expected = new HashMap<>(original.all());
            expected.put("a.b", new PrefValue.Int(value));
            return edited.all().equals(expected) && edited.userValue("a.b").equals(Optional.of(new PrefValue.Int(value)));
        });
    }

    @Test
    void that_any_bytes_are_read_or_refused_with_a_line_never_a_crash() {
        qt().forAll(lists().of(integers().between(0, VALID.size() + ANY.size() - 1)).ofSizeBetween(0, 40))
                .check(indexes -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    indexes.forEach(i -> out.writeBytes(i < VALID.size() ? VALID.get(i) : ANY.get(i - VALID.size())));
                    byte[] any = out.toByteArray();
                    try {
                        return Arrays.equals(PrefsFile.parse(any).bytes(), any);
                    } catch (PrefsSyntaxError e) {
                        return e.line() >= 1 && e.line() <= any.length + 1;
                    }
                });
    }
}
