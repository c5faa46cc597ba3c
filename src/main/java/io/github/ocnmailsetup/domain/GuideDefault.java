package io.github.ocnmailsetup.domain;

/**
 * A mail software's own default that works against the notice for OCN, and the box that fixes it.
 *
 * @param item the notice's setting whose box must be changed
 * @param text what the software does by default, in the user's language
 */
public record GuideDefault(NoticeItem item, String text) {
}
