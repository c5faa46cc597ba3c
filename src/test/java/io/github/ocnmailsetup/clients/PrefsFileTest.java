package io.github.ocnmailsetup.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocnmailsetup.clients.PrefStatement.Kind;
import io.github.ocnmailsetup.clients.PrefsSyntaxError.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading and editing prefs.js by Mozilla's preference grammar; the cases are written from the grammar. */
class PrefsFileTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static PrefsFile read(String text) {
        return TestProfiles.parse(utf8(text));
    }

    private static String edit(String text, Map<String, @Nullable PrefValue> edits) {
        return new String(read(text).with(edits).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void that_reading_and_writing_without_edits_gives_the_same_bytes() {
        byte[] odd = utf8("// c\r\nuser_pref(\"a\", 1);\n\r# hash\r\n  user_pref('b', 'x\\'y'); pref(\"c\",true)\t;"
                + "\u000b\f/* block\r\n over lines */ sticky_pref(\"d\" , - 2 ) ;// no newline at end");
        byte[] invalidUtf8InComment = {'/', '/', ' ', (byte) 0xff, (byte) 0xfe, '\n'};
        assertThat(TestProfiles.parse(odd).bytes()).isEqualTo(odd);
        assertThat(TestProfiles.parse(invalidUtf8InComment).bytes()).isEqualTo(invalidUtf8InComment);
    }

    @Test
    void that_every_escape_of_the_grammar_reads_as_thunderbird_reads_it() {
        PrefsFile prefs = read("user_pref(\"s\", \"山田 \\\"太郎\\\" \\\\ \\' end\");\n"
                + "user_pref('single', 'say \"hi\"');\n"
                + "user_pref(\"lines\", \"a\\nb\\rc\");\n"
                + "user_pref(\"rawbytes\", \"\\xE3\\x81\\x82\\x41\");\n"
                + "user_pref(\"utf16\", \"\\u3042\\uD83D\\uDE00\");\n"
                + "user_pref(\"multi\", \"one\r\ntwo\nthree\");\n");
        assertThat(prefs.string("s")).contains("山田 \"太郎\" \\ ' end");
        assertThat(prefs.string("single")).contains("say \"hi\"");
        assertThat(prefs.string("lines")).contains("a\nb\rc");
        assertThat(prefs.string("rawbytes")).contains("あA");
        assertThat(prefs.string("utf16")).contains("あ😀");
        assertThat(prefs.string("multi")).contains("one\r\ntwo\nthree");
    }

    @Test
    void that_integers_take_a_sign_as_a_token_of_their_own_within_32_bits() {
        PrefsFile prefs = read("user_pref(\"a\", -1);user_pref(\"b\", +7);user_pref(\"c\", - /* x */ 3);"
                + "user_pref(\"min\", -2147483648);user_pref(\"max\", 2147483647);user_pref(\"t\", true);"
                + "user_pref(\"f\",false);");
        assertThat(prefs.get("a")).contains(new PrefValue.Int(-1));
        assertThat(prefs.get("b")).contains(new PrefValue.Int(7));
        assertThat(prefs.get("c")).contains(new PrefValue.Int(-3));
        assertThat(prefs.get("min")).contains(new PrefValue.Int(Integer.MIN_VALUE));
        assertThat(prefs.get("max")).contains(new PrefValue.Int(Integer.MAX_VALUE));
        assertThat(prefs.get("t")).contains(new PrefValue.Bool(true));
        assertThat(prefs.get("f")).contains(new PrefValue.Bool(false));
    }

    @Test
    void that_a_value_inside_a_comment_is_never_the_current_value() {
        PrefsFile prefs = read("// user_pref(\"port\", 1);\n/* user_pref(\"port\", 2);\nuser_pref(\"port\", 3); */\n"
                + "# user_pref(\"port\", 4);\nuser_pref(\"port\", 110); // user_pref(\"port\", 5);\n"
                + "user_pref(\"only.in.comment\" /* , 6 */, 7);\n");
        assertThat(prefs.get("port")).contains(new PrefValue.Int(110));
        assertThat(prefs.get("only.in.comment")).contains(new PrefValue.Int(7));
        assertThat(prefs.all()).containsOnlyKeys("port", "only.in.comment");
    }

    @Test
    void that_a_two_thousand_character_signature_and_a_megabyte_string_are_read() {
        String signature = "<p>" + "署名 &amp; \\\"quoted\\\" ".repeat(150) + "</p>";
        String huge = "x".repeat(1 << 20);
        PrefsFile prefs = read("user_pref(\"mail.identity.id1.htmlSigText\", \"" + signature + "\");\n"
                + "user_pref(\"huge\", '" + huge + "');\n");
        assertThat(prefs.string("mail.identity.id1.htmlSigText").orElseThrow()).hasSizeGreaterThan(2000)
                .startsWith("<p>署名 &amp; \"quoted\"");
        assertThat(prefs.string("huge").orElseThrow()).hasSize(1 << 20);
    }

    @Test
    void that_lock_pref_wins_over_user_pref_which_wins_over_a_default() {
        PrefsFile prefs = read("pref(\"a\", 1); user_pref(\"a\", 2); sticky_pref(\"b\", 3); user_pref(\"c\", 4);"
                + "lockPref(\"c\", 5); pref(\"d\", 6);");
        assertThat(prefs.get("a")).contains(new PrefValue.Int(2));
        assertThat(prefs.get("b")).contains(new PrefValue.Int(3));
        assertThat(prefs.userValue("b")).isEmpty();
        assertThat(prefs.get("c")).contains(new PrefValue.Int(5));
        assertThat(prefs.userValue("c")).contains(new PrefValue.Int(4));
        assertThat(prefs.has("c", Kind.LOCK_PREF)).isTrue();
        assertThat(prefs.get("d")).contains(new PrefValue.Int(6));
    }

    @ParameterizedTest(name = "{1} at line {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "user_pref(\"a\", 1);\\nthis is not a preference\\n | NOT_A_STATEMENT | 2",
        "user_pref(\"a\", \"\\x00\"); | ZERO_ESCAPE | 1",
        "\\r\\n\\ruser_pref(\"a\", '\\u0000'); | ZERO_ESCAPE | 3",
        "user_pref(\"a\", \"\\uD800\"); | BAD_SURROGATE | 1",
        "user_pref(\"a\", \"\\uD800\\u0041\"); | BAD_SURROGATE | 1",
        "user_pref(\"a\", \"\\uDC00\"); | BAD_SURROGATE | 1",
        "user_pref(\"a\", \"\\q\"); | BAD_ESCAPE | 1",
        "user_pref(\"a\", \"\\x4\"); | BAD_ESCAPE | 1",
        "user_pref(\"a\", \"\\u12G4\"); | BAD_ESCAPE | 1",
        "user_pref(\"a\", 1);\\nuser_pref(\"b\", 'never closed);\\n\\n | UNTERMINATED_STRING | 2",
        "user_pref(\"a\", 1);\\n/* never closed\\n\\n | UNTERMINATED_COMMENT | 2",
        "user_pref(\"a\", 12abc); | BAD_NUMBER | 1",
        "user_pref(\"a\", 2147483648); | BAD_NUMBER | 1",
        "user_pref(\"a\", -2147483649); | BAD_NUMBER | 1",
        "user_pref(\"a\" 1); | EXPECTED_COMMA | 1",
        "user_pref(\"a\", 1)\\nuser_pref(\"b\", 2); | EXPECTED_SEMICOLON | 2",
        "user_pref(a, 1); | EXPECTED_NAME | 1",
        "user_pref \"a\", 1); | EXPECTED_OPEN | 1",
        "user_pref(\"a\", yes); | EXPECTED_VALUE | 1",
        "user_pref(\"a\", -); | EXPECTED_VALUE | 1",
        "user_pref(\"a\", 1, sticky); | EXPECTED_CLOSE | 1",
        "user_pref(\"a\", 1); @ | UNEXPECTED_CHARACTER | 1",
        "user_pref(\"a\", 1); / not a comment | UNEXPECTED_CHARACTER | 1",
        "user_pref(\"a\", 1);\\n// then a NUL<NUL> | NUL_BYTE | 2",
    })
    void that_a_syntax_error_is_refused_with_its_line(String escaped, Reason reason, int line) {
        String text = escaped.replace("\\n", "\n").replace("\\r", "\r").replace("<NUL>", "\u0000");
        assertThatThrownBy(() -> PrefsFile.parse(utf8(text))).isInstanceOfSatisfying(PrefsSyntaxError.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.describe(Path.of("prefs.js")).in(Locale.ENGLISH)).startsWith("prefs.js, line " + line + ":")
                    .contains("Nothing was changed");
            assertThat(e.describe(Path.of("prefs.js")).in(Locale.JAPANESE)).contains(line + " 行目", "何も変更していません");
        });
    }

    @Test
    void that_an_edit_changes_only_the_value_and_keeps_crlf_spacing_and_comments() {
        String before = "// head\r\nuser_pref(\"a\", 1);\r\nuser_pref ( 'b' , /* why */ 'old' ) ; // keep\r\n";
        Map<String, @Nullable PrefValue> edits = new LinkedHashMap<>();
        edits.put("b", new PrefValue.Str("new \"q\""));
        edits.put("c", new PrefValue.Bool(false));
        assertThat(edit(before, edits)).isEqualTo("// head\r\nuser_pref(\"a\", 1);\r\n"
                + "user_pref ( 'b' , /* why */ \"new \\\"q\\\"\" ) ; // keep\r\nuser_pref(\"c\", false);\r\n");
    }

    @Test
    void that_a_removed_statement_takes_its_line_only_when_it_is_alone_there() {
        Map<String, @Nullable PrefValue> edits = new LinkedHashMap<>();
        edits.put("a", null);
        edits.put("b", null);
        edits.put("z", new PrefValue.Int(3));
        assertThat(edit("  user_pref(\"a\", 1);\nuser_pref(\"y\", 2); user_pref(\"b\", 5); // note\n"
                + "pref(\"b\", 9);\n// last line without ending", edits))
                .isEqualTo("user_pref(\"y\", 2);  // note\npref(\"b\", 9);\n// last line without ending\n"
                        + "user_pref(\"z\", 3);\n");
    }

    @Test
    void that_the_last_user_pref_wins_and_every_one_of_them_is_replaced() {
        PrefsFile prefs = read("user_pref(\"a\", 1);\nuser_pref(\"a\", 2);\n");
        assertThat(prefs.get("a")).contains(new PrefValue.Int(2));
        Map<String, @Nullable PrefValue> edits = Map.of("a", new PrefValue.Int(5));
        assertThat(prefs.with(edits).get("a")).contains(new PrefValue.Int(5));
        assertThat(new String(prefs.with(edits).bytes(), StandardCharsets.UTF_8))
                .isEqualTo("user_pref(\"a\", 5);\nuser_pref(\"a\", 5);\n");
    }
}
