package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.I18n;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One setting before and after, as the user sees it in the plan.
 *
 * @param setting what it is
 * @param where   the preference name, or the file and line for a filter
 * @param before  the value now, {@code null} when not set (Thunderbird's default applies)
 * @param after   the value after the change, {@code null} when the preference is removed
 */
public record SettingChange(Setting setting, String where, @Nullable String before, @Nullable String after) {

    /** The label of the setting. */
    public String label(Locale locale) {
        return setting.label(locale);
    }

    /** The value before, in words ("not set" when missing). */
    public String beforeText(Locale locale) {
        return words(before, locale);
    }

    /** The value after, in words ("removed" when the preference goes). */
    public String afterText(Locale locale) {
        return after == null ? I18n.format(ClientText.BUNDLE, locale, "value.removed") : words(after, locale);
    }

    private String words(@Nullable String value, Locale locale) {
        if (value == null) {
            return I18n.format(ClientText.BUNDLE, locale, "value.notSet");
        }
        return switch (setting) {
            case POP_SECURITY, SMTP_SECURITY -> I18n.format(ClientText.BUNDLE, locale, "socketType." + value);
            case POP_AUTHENTICATION, SMTP_AUTHENTICATION ->
                    I18n.format(ClientText.BUNDLE, locale, "authMethod." + value);
            case DELETE_WHEN_DELETED_HERE, DELETE_AFTER_DAYS -> I18n.format(ClientText.BUNDLE, locale, "bool." + value);
            default -> value;
        };
    }
}
