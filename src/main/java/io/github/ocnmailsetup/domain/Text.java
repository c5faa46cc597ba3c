package io.github.ocnmailsetup.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A message not yet put into words: a bundle, a key and its arguments. Layers hand these around so
 * that the words are chosen only where the user's language is known.
 */
public record Text(String bundle, String key, List<Object> args) {

    public Text {
        args = List.copyOf(args);
    }

    /** A message from the domain's own bundle. */
    public static Text domain(String key, Object... args) {
        return new Text(I18n.DOMAIN_BUNDLE, key, List.of(args));
    }

    /**
     * The same message with each date in it shown in the Japanese era (平成22年4月1日), for a sentence that repeats a
     * date the user wrote that way.
     */
    public Text withDatesInEraForm() {
        return new Text(bundle, key, args.stream().map(a -> a instanceof LocalDate date ? new EraDate(date) : a).toList());
    }

    /** The message in the given language. */
    public String in(Locale locale) {
        return I18n.format(bundle, locale, key, args.toArray());
    }
}
