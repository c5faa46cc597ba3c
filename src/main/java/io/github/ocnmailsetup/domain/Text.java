package io.github.ocnmailsetup.domain;

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

    /** The message in the given language. */
    public String in(Locale locale) {
        return I18n.format(bundle, locale, key, args.toArray());
    }
}
