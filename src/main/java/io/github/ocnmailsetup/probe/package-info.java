/** The connection test over Jakarta Mail: POP3S login, SMTPS send, delivery, clean-up. */
@NullMarked
package io.github.ocnmailsetup.probe;

import org.jspecify.annotations.NullMarked;
