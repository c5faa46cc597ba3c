package io.github.ocnmailsetup.domain;

/** How the customer got the address: the three cases of the notice's 「ご利用条件」, or "I don't know". */
public enum AddressOrigin {
    /** 「2009年11月24日以降、OCNへ新規加入されたお客さま」 */
    NEW_SUBSCRIPTION,
    /** 「2009年11月24日以降に、OCNメールアドレスの追加や変更を行ったお客さま」 */
    ADDRESS_ADDED_OR_CHANGED,
    /** 「2009年11月23日以前からご利用中のOCNメールアドレス」 */
    OLDER_ADDRESS,
    /**
     * "I don't know": the customer cannot say which of the three applies. The notice gives no rule for it, so the
     * answer is {@link EligibilityOutcome.Unknown}: the connection test tells.
     */
    UNKNOWN
}
