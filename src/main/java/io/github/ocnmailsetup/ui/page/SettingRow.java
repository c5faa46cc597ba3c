package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.NoticeItem;
import io.github.ocnmailsetup.domain.NoticeRemark;
import io.github.ocnmailsetup.domain.NoticeSettingsTable;
import io.github.ocnmailsetup.domain.Text;
import java.util.Optional;

/**
 * One row of page 7's before → after table: a row of the domain's {@link NoticeSettingsTable} put into the page's
 * words.
 *
 * @param item      which setting of the notice
 * @param label     the setting's name in the notice's words
 * @param before    the old value, as far as it is known; none for the password, whose old value the page never shows
 * @param after     the new value to copy, or for a row without one, what to do as a whole sentence
 * @param copyValue the exact characters to type, when there are some to copy (never the password)
 * @param mark      the notice's 備考
 */
public record SettingRow(NoticeItem item, Text label, Optional<Text> before, Text after, Optional<String> copyValue,
        NoticeRemark mark) {
}
