package io.github.ocnmailsetup.domain;

import java.util.Optional;

/**
 * One keep-on-server setting as a given mail software shows it.
 *
 * @param label           the setting's exact label in that software
 * @param place           where to find it (menus and tabs)
 * @param action          what to do with it to follow the notice
 * @param contraryDefault that software's own default when it contradicts the notice, if any
 */
public record RetentionSetting(String label, String place, String action, Optional<String> contraryDefault) {
}
