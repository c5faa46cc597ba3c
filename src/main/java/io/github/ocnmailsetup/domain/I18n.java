package io.github.ocnmailsetup.domain;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place that turns a bundle key into text: {@link ResourceBundle} plus {@link MessageFormat}.
 * English lives in the base bundle, Japanese in {@code _ja}; the system locale never leaks in as a fallback.
 */
public final class I18n {

    /** Bundle of the domain's own messages. */
    public static final String DOMAIN_BUNDLE = "io.github.ocnmailsetup.domain.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private I18n() {
    }

    /** The bundle for a supported language; anything but Japanese gets English. */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, supported(locale), I18n.class.getClassLoader(), NO_FALLBACK);
    }

    /** Formats {@code key} from {@code baseName} in {@code locale} with {@code args}. */
    public static String format(String baseName, Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(baseName, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text for key " + key + " in " + baseName + " (" + locale + ")", e);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, supported(locale)).format(readable(args, supported(locale)));
    }

    /**
     * A date in a sentence reads as a date: 2010年4月1日 in Japanese, 1 April 2010 in English, never 2010-04-01
     * (MessageFormat would print a {@link LocalDate} as its ISO form).
     */
    public static String date(LocalDate date, Locale locale) {
        return "ja".equals(supported(locale).getLanguage()) ? JAPANESE_DATE.format(date) : ENGLISH_DATE.format(date);
    }

    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu'\u5e74'M'\u6708'd'\u65e5'",
            Locale.JAPANESE);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private static Object[] readable(Object[] args, Locale locale) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate date) {
                out[i] = date(date, locale);
            } else if (out[i] instanceof EraDate era) {
                out[i] = "ja".equals(locale.getLanguage()) ? DateInput.eraForm(era.date()) : date(era.date(), locale);
            }
        }
        return out;
    }

    /** Japanese for a Japanese locale, English for everything else. */
    public static Locale supported(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    /** The language the user's system speaks, narrowed to the two we support. */
    public static Locale systemLanguage() {
        return supported(Locale.getDefault());
    }

    /** Parses a {@code --lang} value; {@code null} when it is neither ja nor en. */
    public static @org.jspecify.annotations.Nullable Locale parseLanguage(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }
}
