/** The demo: an embedded loopback mail server with a demo OCN-style account, so the whole wizard works anywhere. */
@NullMarked
package io.github.ocnmailsetup.app.demo;

import org.jspecify.annotations.NullMarked;
