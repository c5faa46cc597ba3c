/** The command line for support staff and scripts: check, export, thunderbird. */
@NullMarked
package io.github.ocnmailsetup.cli;

import org.jspecify.annotations.NullMarked;
