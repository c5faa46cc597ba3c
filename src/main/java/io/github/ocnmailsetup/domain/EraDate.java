package io.github.ocnmailsetup.domain;

import java.time.LocalDate;

/**
 * A date the user wrote in the Japanese era (平成22年4月1日, H22.4.1): a sentence that repeats it shows it the same
 * way in Japanese ({@link DateInput#eraForm}), and as a plain date in English. {@link I18n} formats it.
 *
 * @param date the day
 */
public record EraDate(LocalDate date) {
}
