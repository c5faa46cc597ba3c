package io.github.ocnmailsetup.domain;

/** Whether an older address has been moved to the new "OCN mail" (バージョンアップ(移行)). */
public enum VersionUp {
    DONE,
    NOT_DONE,
    UNKNOWN
}
