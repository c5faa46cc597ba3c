package io.github.ocnmailsetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.Arguments;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** What {@code check --json} prints is JSON that an independent parser (Jackson) reads back unchanged. */
class JsonWriterTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    /** Writes {@code text} as a JSON string and returns what Jackson reads from it. */
    private static String roundTrip(String text) throws Exception {
        return JACKSON.readTree(JsonWriter.quote(text)).textValue();
    }

    /** Quotes and backslashes; newline, tab and the other short escapes; other control characters as \\uXXXX. */
    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("say \"hi\" to C:\\mail\\", "\"say \\\"hi\\\" to C:\\\\mail\\\\\""),
                Arguments.of("a\nb\tc\rd\be\ff", "\"a\\nb\\tc\\rd\\be\\ff\""),
                Arguments.of("\u0000\u0001x\u001F", "\"\\u0000\\u0001x\\u001F\""));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void that_characters_json_cannot_hold_are_escaped(String text, String json) throws Exception {
        assertThat(JsonWriter.quote(text)).isEqualTo(json);
        assertThat(roundTrip(text)).isEqualTo(text);
    }

    /** Delete and slash, Japanese text, an emoji (a surrogate pair): written as they are, and read back so. */
    @ParameterizedTest
    @ValueSource(strings = {"a\u007Fb/c", "受信(POP)サーバに、ユーザ名かパスワードを拒否されました。", "mail \uD83D\uDCE7 ok"})
    void that_text_needing_no_escape_is_kept_as_it_is(String text) throws Exception {
        assertThat(JsonWriter.quote(text)).isEqualTo("\"" + text + "\"");
        assertThat(roundTrip(text)).isEqualTo(text);
    }

    @Test
    void that_a_lone_surrogate_is_escaped_so_the_output_stays_valid_utf8() throws Exception {
        String text = "a\uD83Db\uDCE7";
        String quoted = JsonWriter.quote(text);
        assertThat(quoted).isEqualTo("\"a\\uD83Db\\uDCE7\"");
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(quoted)).isTrue();
        assertThat(roundTrip(text)).isEqualTo(text);
    }

    @Test
    void that_nested_objects_and_arrays_keep_their_order_and_types() throws Exception {
        String json = new JsonWriter().beginObject()
                .name("ok").value(false)
                .name("failure").value("TLS_NOT_SPOKEN")
                .name("step").nullValue()
                .name("bytes").value(Long.MAX_VALUE)
                .name("none").value((String) null)
                .name("steps").beginArray()
                .beginObject().name("name").value("pop-login").name("millis").value(-1).endObject()
                .value(7).beginArray().endArray().beginObject().endObject()
                .endArray()
                .endObject().toString();

        assertThat(json).isEqualTo("{\"ok\":false,\"failure\":\"TLS_NOT_SPOKEN\",\"step\":null,"
                + "\"bytes\":9223372036854775807,\"none\":null,"
                + "\"steps\":[{\"name\":\"pop-login\",\"millis\":-1},7,[],{}]}");
        JsonNode node = JACKSON.readTree(json);
        assertThat(node.get("ok").isBoolean()).isTrue();
        assertThat(node.get("bytes").longValue()).isEqualTo(Long.MAX_VALUE);
        assertThat(node.get("step").isNull()).isTrue();
        assertThat(node.get("steps").get(0).get("name").textValue()).isEqualTo("pop-login");
    }

    @Test
    void that_names_are_escaped_like_values() throws Exception {
        String json = new JsonWriter().beginObject().name("a\"b\n").value(1).endObject().toString();
        assertThat(JACKSON.readTree(json).fieldNames().next()).isEqualTo("a\"b\n");
    }

    @Test
    void that_misuse_throws_instead_of_printing_broken_json() {
        assertThatThrownBy(() -> new JsonWriter().beginObject().value(true))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginArray().name("x"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginObject().name("x").endObject())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginObject().endArray())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginObject().toString())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().value(1).value(2))
                .isInstanceOf(IllegalStateException.class);
    }

    /**
     * Any text: mostly ASCII with every control character likely, plus kana, kanji, emoji and other
     * supplementary code points, and (rarely) a lone surrogate.
     */
    private static Gen<String> anyText() {
        Gen<Integer> codePoint = SourceDSL.integers().between(0, 0x7F)
                .mix(SourceDSL.integers().between(0, 0x1F), 30)
                .mix(SourceDSL.integers().between(0x3040, 0x9FFF), 20)
                .mix(SourceDSL.integers().between(0x10000, 0x10FFFF), 20)
                .mix(SourceDSL.integers().between(0xD800, 0xDFFF), 5);
        return SourceDSL.lists().of(codePoint).ofSizeBetween(0, 40).map(points -> {
            StringBuilder text = new StringBuilder();
            points.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    @Test
    void that_jackson_reads_back_any_text_we_write() {
        qt().withExamples(2000).forAll(anyText()).checkAssert(text -> {
            try {
                String json = new JsonWriter().beginObject().name(text).value(text).endObject().toString();
                JsonNode node = JACKSON.readTree(json);
                assertThat(node.fieldNames().next()).isEqualTo(text);
                assertThat(node.get(text).textValue()).isEqualTo(text);
            } catch (Exception e) {
                throw new AssertionError("Jackson could not read " + JsonWriter.quote(text), e);
            }
        });
    }
}
