package io.github.ocnmailsetup.ui.answers;

import io.github.ocnmailsetup.domain.AddressOrigin;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.domain.VersionUp;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The non-secret answers kept between runs, so a returning user gets the home screen: address, mail use,
 * mail software, the eligibility answer and the language. Never the password.
 */
public record RememberedAnswers(
        Optional<String> address,
        Optional<MailUse> mailUse,
        Optional<MailClient> client,
        Optional<AddressOrigin> origin,
        Optional<LocalDate> date,
        Optional<VersionUp> versionUp,
        Optional<Locale> language,
        boolean finished) {

    /** Nothing remembered: a first run. */
    public static RememberedAnswers none() {
        return new RememberedAnswers(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /** A returning user has finished the wizard once with an address: they get the home screen. */
    public boolean returning() {
        return finished && address.isPresent();
    }
}
