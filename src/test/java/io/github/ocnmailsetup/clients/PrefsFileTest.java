package io.github.ocnmailsetup.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PrefsFileTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String edit(String text, Map<String, @Nullable PrefValue> edits) {
        return new String(PrefsFile.parse(utf8(text)).with(edits).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void that_reading_and_writing_without_edits_gives_the_same_bytes() {
        byte[] odd = utf8("// c\r\nuser_pref(\"a\", 1);\n\rjunk line\r\n  user_pref('b', 'x\\'y');\nno newline at end");
        byte[] invalidUtf8 = {'/', '/', ' ', (byte) 0xff, (byte) 0xfe, '\n'};
        assertThat(PrefsFile.parse(odd).bytes()).isEqualTo(odd);
        assertThat(PrefsFile.parse(invalidUtf8).bytes()).isEqualTo(invalidUtf8);
    }

    @Test
    void that_values_are_read_the_way_thunderbird_writes_them() {
        PrefsFile prefs = PrefsFile.parse(utf8("user_pref(\"s\", \"山田 \\\"太郎\\\" \\\\ end\");\n"
                + "user_pref(\"i\", -1);\nuser_pref(\"b\", true);\nuser_pref(\"x\", '\\x41\\u3042');\n"));
        assertThat(prefs.string("s")).contains("山田 \"太郎\" \\ end");
        assertThat(prefs.get("i")).contains(new PrefValue.Int(-1));
        assertThat(prefs.get("b")).contains(new PrefValue.Bool(true));
        assertThat(prefs.string("x")).contains("Aあ");
    }

    @Test
    void that_an_edit_changes_only_its_line_and_keeps_crlf() {
        String before = "// head\r\nuser_pref(\"a\", 1);\r\nunknown(stuff);\r\nuser_pref(\"b\", \"old\");\r\n";
        Map<String, @Nullable PrefValue> edits = new LinkedHashMap<>();
        edits.put("b", new PrefValue.Str("new \"q\""));
        edits.put("c", new PrefValue.Bool(false));
        assertThat(edit(before, edits)).isEqualTo("// head\r\nuser_pref(\"a\", 1);\r\nunknown(stuff);\r\n"
                + "user_pref(\"b\", \"new \\\"q\\\"\");\r\nuser_pref(\"c\", false);\r\n");
    }

    @Test
    void that_a_removed_preference_loses_its_line_and_the_last_line_gets_an_ending_before_an_append() {
        Map<String, @Nullable PrefValue> edits = new LinkedHashMap<>();
        edits.put("a", null);
        edits.put("z", new PrefValue.Int(3));
        assertThat(edit("user_pref(\"a\", 1);\nuser_pref(\"y\", 2);", edits))
                .isEqualTo("user_pref(\"y\", 2);\nuser_pref(\"z\", 3);\n");
    }

    @Test
    void that_the_last_of_two_lines_for_one_preference_wins_and_both_are_replaced() {
        PrefsFile prefs = PrefsFile.parse(utf8("user_pref(\"a\", 1);\nuser_pref(\"a\", 2);\n"));
        assertThat(prefs.get("a")).contains(new PrefValue.Int(2));
        Map<String, @Nullable PrefValue> edits = Map.of("a", new PrefValue.Int(5));
        assertThat(prefs.with(edits).get("a")).contains(new PrefValue.Int(5));
        assertThat(new String(prefs.with(edits).bytes(), StandardCharsets.UTF_8))
                .isEqualTo("user_pref(\"a\", 5);\nuser_pref(\"a\", 5);\n");
    }
}
