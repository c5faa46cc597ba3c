/** The wizard's pages in order and which page comes next for the answers given. */
@NullMarked
package io.github.ocnmailsetup.ui.flow;

import org.jspecify.annotations.NullMarked;
