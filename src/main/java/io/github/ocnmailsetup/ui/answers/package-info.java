/** The non-secret answers a returning user finds again (never the password), and the file that keeps them. */
@NullMarked
package io.github.ocnmailsetup.ui.answers;

import org.jspecify.annotations.NullMarked;
