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
 * mail software, the eligibility answer, the language, and how the window looked (theme, text size). Never the
 * password, nor anything about it.
 *
 * @param darkTheme   true when the window was dark
 * @param textPercent the text size, in percent of the base size
 */
public record RememberedAnswers(
        Optional<String> address,
        Optional<MailUse> mailUse,
        Optional<MailClient> client,
        Optional<AddressOrigin> origin,
        Optional<LocalDate> date,
        Optional<VersionUp> versionUp,
        Optional<Locale> language,
        boolean finished,
        boolean darkTheme,
        int textPercent) {

    /** Nothing remembered: a first run. */
    public static RememberedAnswers none() {
        return new RememberedAnswers(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, false, 100);
    }

    /** A returning user has finished the wizard once with an address: they get the home screen. */
    public boolean returning() {
        return finished && address.isPresent();
    }
}
