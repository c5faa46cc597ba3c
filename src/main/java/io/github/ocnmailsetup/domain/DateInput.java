package io.github.ocnmailsetup.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as Japanese customers write it: in the Western calendar (2009-11-24, 2009/11/24,
 * 2009年11月24日) or the Japanese era (平成21年11月24日, H21.11.24, R7/1/1, 令和元年5月1日), in full- or
 * half-width digits. Anything else is a {@link ValidationException} with an example of what works.
 */
public final class DateInput {

    private static final Pattern WESTERN =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ERA = Pattern.compile(
            "(昭和|平成|令和|[SHRshr])\\s*(\\d{1,2}|元)\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private static final Map<String, JapaneseEra> ERAS = Map.of(
            "昭和", JapaneseEra.SHOWA, "s", JapaneseEra.SHOWA,
            "平成", JapaneseEra.HEISEI, "h", JapaneseEra.HEISEI,
            "令和", JapaneseEra.REIWA, "r", JapaneseEra.REIWA);

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
                int yearOfEra = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
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
}
