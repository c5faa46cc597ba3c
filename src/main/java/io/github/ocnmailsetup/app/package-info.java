/** Entry point: parses arguments, sets up folders and logging, then starts the wizard or a command. */
@NullMarked
package io.github.ocnmailsetup.app;

import org.jspecify.annotations.NullMarked;
