package io.github.ocnmailsetup.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny HTML template: a bundled file with {@code ${name}} placeholders, filled in one pass. Text values are
 * always escaped; only {@link Html} fragments (other filled templates, or the bundled CSS) go in as markup. A
 * placeholder left without a value is a programming error, not an empty string.
 */
final class HtmlTemplate {

    /** Markup that is already safe: made by a template or read from a bundled file. */
    record Html(String markup) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String name;
    private final String source;
    private final Map<String, String> values = new HashMap<>();

    private HtmlTemplate(String name, String source) {
        this.name = name;
        this.source = source;
    }

    /** The template {@code sheet/<name>} from this package's resources. */
    static HtmlTemplate load(String name) {
        return new HtmlTemplate(name, resource(name));
    }

    /** A bundled file as trusted markup (the style sheet). */
    static Html bundled(String name) {
        return new Html(resource(name).strip());
    }

    /** Sets a placeholder to text, escaped for HTML element content and attribute values. */
    HtmlTemplate text(String placeholder, String value) {
        values.put(placeholder, escape(value));
        return this;
    }

    /** Sets a placeholder to markup made by another template. */
    HtmlTemplate html(String placeholder, Html markup) {
        values.put(placeholder, markup.markup());
        return this;
    }

    /** The filled template; fails when a placeholder has no value. */
    Html render() {
        Matcher matcher = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder(source.length() * 2);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for ${" + matcher.group(1) + "} in " + name);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return new Html(out.toString().strip());
    }

    /** Escapes the five characters that are special in HTML text and quoted attributes. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlTemplate.class.getResourceAsStream("sheet/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The bundled sheet/" + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled sheet/" + name, e);
        }
    }
}
