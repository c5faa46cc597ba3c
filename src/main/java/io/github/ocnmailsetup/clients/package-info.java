/** Applies the settings to installed mail software (Thunderbird), with backup, verify and undo. */
@NullMarked
package io.github.ocnmailsetup.clients;

import org.jspecify.annotations.NullMarked;
