/** Take-away profile writers: .mobileconfig, Thunderbird autoconfig, Outlook Autodiscover, settings sheet. */
@NullMarked
package io.github.ocnmailsetup.export;

import org.jspecify.annotations.NullMarked;
