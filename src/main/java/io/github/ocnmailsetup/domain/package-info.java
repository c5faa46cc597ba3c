/** The notice's rules as pure Java: eligibility, address, password rule, retention guidance, the profile. No JavaFX, files or network. */
@NullMarked
package io.github.ocnmailsetup.domain;

import org.jspecify.annotations.NullMarked;
