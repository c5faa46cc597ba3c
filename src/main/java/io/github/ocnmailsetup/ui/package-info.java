/** The JavaFX wizard: one View (FXML + CSS) and ViewModel per page, and the flow between them. */
@NullMarked
package io.github.ocnmailsetup.ui;

import org.jspecify.annotations.NullMarked;
