package io.github.ocnmailsetup.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as Japanese customers write it: in the Western calendar (2009-11-24, 2009/11/24,
 * 2009年11月24日) or the Japanese era (平成21年11月24日, H21.11.24, R7/1/1, 令和元年5月1日), in full- or
 * half-width digits. Anything else is a {@link ValidationException} with an example of what works.
 */
public final class DateInput {

    /** The Japanese words of dates live in a data file, not in code: era names, 元 (first year), 年 月 日. */
    private static final Properties WORDS = words();
    private static final String FIRST_YEAR = WORDS.getProperty("firstYear");

    /** Era names and their one-letter forms (S, H, R), looked up in lower case. */
    private static final Map<String, JapaneseEra> ERAS = Map.of(
            WORDS.getProperty("era.SHOWA"), JapaneseEra.SHOWA, "s", JapaneseEra.SHOWA,
            WORDS.getProperty("era.HEISEI"), JapaneseEra.HEISEI, "h", JapaneseEra.HEISEI,
            WORDS.getProperty("era.REIWA"), JapaneseEra.REIWA, "r", JapaneseEra.REIWA);

    /** "-", "/", "." or the unit mark, with optional spaces: the part between two numbers. */
    private static final String AFTER_YEAR = between("mark.year");
    private static final String AFTER_MONTH = between("mark.month");
    private static final String DAY_MARK = "(?:" + Pattern.quote(WORDS.getProperty("mark.day")) + ")?";
    private static final String MONTH_DAY = "(\\d{1,2})" + AFTER_MONTH + "(\\d{1,2})\\s*" + DAY_MARK;

    private static final Pattern WESTERN = Pattern.compile("(\\d{4})" + AFTER_YEAR + MONTH_DAY);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ERA = Pattern.compile(
            "(" + String.join("|", ERAS.keySet().stream().map(Pattern::quote).toList()) + "|[SHR])\\s*"
            + "(\\d{1,2}|" + Pattern.quote(FIRST_YEAR) + ")" + AFTER_YEAR + MONTH_DAY);

    private DateInput() {
    }

    /** Parses the user's date; never returns null. */
    public static LocalDate parse(String input) {
        String value = Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
        if (value.isEmpty()) {
            throw new ValidationException(Text.domain("date.empty"));
        }
        try {
            Matcher m = ERA.matcher(value);
            if (m.matches()) {
                JapaneseEra era = ERAS.get(m.group(1).toLowerCase(Locale.ROOT));
                int yearOfEra = FIRST_YEAR.equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
                JapaneseDate date = JapaneseDate.of(era, yearOfEra, Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
                // JapaneseDate accepts a year of an era past its end (平成31年12月1日); a person would not.
                if (!date.getEra().equals(era)) {
                    throw new DateTimeException("outside its era");
                }
                return LocalDate.from(date);
            }
            m = WESTERN.matcher(value);
            if (!m.matches()) {
                m = COMPACT.matcher(value);
            }
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new ValidationException(Text.domain("date.noSuchDay", input.strip()));
        }
        throw new ValidationException(Text.domain("date.unreadable", input.strip()));
    }

    /** Whether the user wrote the date in the Japanese era (平成22年4月1日, H22.4.1, R7/1/1). */
    public static boolean isEraForm(String input) {
        return ERA.matcher(Normalizer.normalize(input, Normalizer.Form.NFKC).strip()).matches();
    }

    /**
     * The date in the Japanese era as people write it: 平成22年4月1日, and 令和元年5月1日 for an era's first year. The
     * era names and marks come from the data file, so the JDK's locale data is not needed.
     */
    public static String eraForm(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        String era = ERAS.entrySet().stream().filter(e -> e.getValue().equals(japanese.getEra()) && e.getKey().length() > 1)
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new IllegalArgumentException("No era name for " + date));
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        return era + (year == 1 ? FIRST_YEAR : String.valueOf(year)) + WORDS.getProperty("mark.year")
                + date.getMonthValue() + WORDS.getProperty("mark.month") + date.getDayOfMonth()
                + WORDS.getProperty("mark.day");
    }

    private static String between(String markKey) {
        return "\\s*(?:[-/.]|" + Pattern.quote(WORDS.getProperty(markKey)) + ")\\s*";
    }

    private static Properties words() {
        Properties words = new Properties();
        try (InputStream in = DateInput.class.getResourceAsStream("date-input.properties")) {
            if (in == null) {
                throw new IllegalStateException("The bundled date-input.properties is missing from the application");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled date-input.properties", e);
        }
        return words;
    }
}
