package io.github.ocnmailsetup.ui.answers;

import io.github.ocnmailsetup.domain.AddressOrigin;
import io.github.ocnmailsetup.domain.LaterAddressChange;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.domain.VersionUp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The non-secret answers kept between runs, so a returning user gets the home screen: the addresses set up on this
 * computer (each once its set-up reached the settings page or passed a test, not whatever was last typed), mail use,
 * mail software, the eligibility answers, the language, and how the window looked (theme, text size). Never the
 * password, nor anything about it.
 *
 * @param addresses   the addresses set up on this computer, the most recent first
 * @param darkTheme   true when the window was dark
 * @param textPercent the text size, in percent of the base size
 */
public record RememberedAnswers(
        List<String> addresses,
        Optional<MailUse> mailUse,
        Optional<MailClient> client,
        Optional<AddressOrigin> origin,
        Optional<LocalDate> date,
        Optional<LaterAddressChange> laterChange,
        Optional<VersionUp> versionUp,
        Optional<Locale> language,
        boolean finished,
        boolean darkTheme,
        int textPercent) {

    public RememberedAnswers {
        addresses = List.copyOf(addresses);
    }

    /** One set-up address (or none), without the later-change answer. */
    public RememberedAnswers(Optional<String> address, Optional<MailUse> mailUse, Optional<MailClient> client,
            Optional<AddressOrigin> origin, Optional<LocalDate> date, Optional<VersionUp> versionUp,
            Optional<Locale> language, boolean finished, boolean darkTheme, int textPercent) {
        this(address.stream().toList(), mailUse, client, origin, date, Optional.empty(), versionUp, language,
                finished, darkTheme, textPercent);
    }

    /** Nothing remembered: a first run. */
    public static RememberedAnswers none() {
        return new RememberedAnswers(List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false, 100);
    }

    /** The address set up most recently. */
    public Optional<String> address() {
        return addresses.stream().findFirst();
    }

    /** A returning user has set up at least one address on this computer: they get the home screen. */
    public boolean returning() {
        return !addresses.isEmpty();
    }
}
