package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.Text;
import java.util.Optional;

/**
 * One row of page 7's before → after table, in the order of the notice's 「2)暗号化に関する設定」.
 *
 * @param label     the setting's name in the notice's words
 * @param before    the old value, as far as it is known
 * @param after     the new value
 * @param copyValue the exact characters to type, when there are some to copy (never the password)
 * @param mark      the notice's remark: must change, change if not set, or no change needed
 */
public record SettingRow(Text label, Text before, Text after, Optional<String> copyValue, Mark mark) {

    /** The notice's 備考 column. */
    public enum Mark {
        /** 「必ず設定変更が必要です」 */
        MUST_CHANGE,
        /** 「設定されていない場合、設定変更が必要です」 */
        CHANGE_IF_NOT_SET,
        /** 「すでに送受信できている場合、変更不要です」 */
        NO_CHANGE_IF_WORKING
    }
}
