package io.github.ocnmailsetup.domain;

/**
 * A follow-up question of the notice's 「ご利用条件」, asked when the first answers contradict themselves or leave
 * the case open, so that no answer is hidden in "cannot tell".
 */
public enum EligibilityQuestion {
    /**
     * "New subscription" with a date before the boundary: the second case of the notice may still apply
     * (「2009年11月24日以降に、OCNメールアドレスの追加や変更を行ったお客さま」).
     */
    ADDRESS_CHANGED_SINCE_BOUNDARY,
    /** The address dates from before the boundary: the third case of the notice (バージョンアップ(移行)). */
    VERSION_UP
}
