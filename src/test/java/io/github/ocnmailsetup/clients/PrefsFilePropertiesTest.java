package io.github.ocnmailsetup.clients;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties of prefs.js editing over many generated files and values. */
class PrefsFilePropertiesTest {

    private static final List<byte[]> PIECES = List.of(
            bytes("user_pref(\"a.b\", "), bytes("\"x\\\"y\""), bytes("'q\\'r'"), bytes(");"), bytes("true"),
            bytes("-12"), bytes("\r\n"), bytes("\n"), bytes("\r"), bytes("// comment "), bytes(" "), bytes("é"),
            bytes("山"), new byte[] {(byte) 0xff}, new byte[] {(byte) 0x85}, bytes("\\"), bytes("pref(\"c\", 1);"));

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] file(List<Integer> pieceIndexes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pieceIndexes.forEach(i -> out.writeBytes(PIECES.get(i)));
        return out.toByteArray();
    }

    @Test
    void that_any_file_is_written_back_byte_for_byte_when_nothing_changes() {
        qt().forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 60))
                .check(indexes -> {
                    byte[] original = file(indexes);
                    return Arrays.equals(PrefsFile.parse(original).bytes(), original);
                });
    }

    @Test
    void that_any_string_value_reads_back_as_written() {
        qt().forAll(strings().betweenCodePoints(1, 0xD7FF).ofLengthBetween(0, 40))
                .check(value -> PrefsFile.parse(new byte[0])
                        .with(Map.of("mail.identity.id1.fullName", new PrefValue.Str(value))).string(
                                "mail.identity.id1.fullName").orElse("<missing>").equals(value)
                        && PrefsFile.parse(PrefsFile.parse(new byte[0])
                                .with(Map.of("mail.identity.id1.fullName", new PrefValue.Str(value))).bytes())
                                .string("mail.identity.id1.fullName").orElse("<missing>").equals(value));
    }

    @Test
    void that_an_added_preference_keeps_every_byte_before_it() {
        qt().forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 60))
                .check(indexes -> {
                    byte[] original = file(indexes);
                    byte[] edited = PrefsFile.parse(original).with(Map.of("zz.new", new PrefValue.Int(1))).bytes();
                    String before = new String(original, StandardCharsets.ISO_8859_1);
                    String after = new String(edited, StandardCharsets.ISO_8859_1);
                    return after.startsWith(before)
                            && after.substring(before.length()).replaceAll("[\\r\\n]", "")
                                    .equals("user_pref(\"zz.new\", 1);")
                            && PrefsFile.parse(edited).get("zz.new").equals(java.util.Optional.of(new PrefValue.Int(1)));
                });
    }
}
