package io.github.ocnmailsetup.clients;

/**
 * One statement of a Mozilla preference file, as {@link PrefsParser} read it, with the byte offsets needed to change
 * its value and nothing else.
 */
record PrefStatement(Kind kind, String name, PrefValue value, int start, int end, int valueStart, int valueEnd) {

    /** The statement's keyword. */
    enum Kind {
        PREF("pref"), USER_PREF("user_pref"), STICKY_PREF("sticky_pref"), LOCK_PREF("lockPref");

        final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }
    }
}
