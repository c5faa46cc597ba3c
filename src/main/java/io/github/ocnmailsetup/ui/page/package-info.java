/** The wizard's pages: for each, a View (FXML controller, wiring only) and its ViewModel (state and logic). */
@NullMarked
package io.github.ocnmailsetup.ui.page;

import org.jspecify.annotations.NullMarked;
