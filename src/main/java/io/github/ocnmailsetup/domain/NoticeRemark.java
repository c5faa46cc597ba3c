package io.github.ocnmailsetup.domain;

/**
 * The 備考 column of the notice's table 「2)暗号化に関する設定」: what each row asks of the customer. The notice's own
 * words are {@link #words()}; the settings page and the printable sheet each add their own short mark.
 */
public enum NoticeRemark {
    /** 「必ず設定変更が必要です。」: user name, both servers, both ports, both SSL settings. */
    MUST_CHANGE,
    /** 「設定されていない場合、設定変更が必要です。」: SMTP authentication. */
    CHANGE_IF_NOT_SET,
    /** 「すでに送受信できている場合、変更不要です。」: the password. */
    NO_CHANGE_IF_WORKING;

    /** The notice's sentence for this remark. */
    public Text words() {
        return Text.domain("remark." + name());
    }
}
