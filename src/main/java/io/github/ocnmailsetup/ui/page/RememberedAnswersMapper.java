package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.LaterAddressChange;
import io.github.ocnmailsetup.domain.VersionUp;
import io.github.ocnmailsetup.ui.answers.RememberedAnswers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Moves the non-secret answers between the pages that ask them and {@link RememberedAnswers}. The password is not
 * among them: this class cannot reach it.
 */
public final class RememberedAnswersMapper {

    private final WelcomeViewModel welcome;
    private final EligibilityViewModel eligibility;
    private final AccountViewModel account;
    private final ClientViewModel client;
    private final SetUpAddresses setUp;

    public RememberedAnswersMapper(WelcomeViewModel welcome, EligibilityViewModel eligibility,
            AccountViewModel account, ClientViewModel client, SetUpAddresses setUp) {
        this.setUp = setUp;
        this.welcome = welcome;
        this.eligibility = eligibility;
        this.account = account;
        this.client = client;
    }

    /** Fills the pages from what was remembered. */
    public void fill(RememberedAnswers answers) {
        setUp.setAll(answers.addresses());
        answers.address().ifPresent(account.addressProperty()::set);
        answers.mailUse().ifPresent(welcome.mailUseProperty()::set);
        answers.client().ifPresent(client.clientProperty()::set);
        answers.origin().map(OriginChoice::of).ifPresent(eligibility.originProperty()::set);
        answers.date().ifPresent(d -> eligibility.dateTextProperty().set(d.toString()));
        answers.laterChange().ifPresent(eligibility.laterChangeProperty()::set);
        answers.versionUp().ifPresent(eligibility.versionUpProperty()::set);
    }

    /**
     * The answers as they stand (the addresses are those set up, not what the account page holds), with the window's language and look; never the password.
     *
     * @param finished    whether the wizard has reached its last page once
     * @param darkTheme   whether the window is dark
     * @param textPercent the window's text size
     */
    public RememberedAnswers read(Locale language, boolean finished, boolean darkTheme, int textPercent) {
        Optional<VersionUp> versionUp = eligibility.asksVersionUp().get()
                ? Optional.ofNullable(eligibility.versionUpProperty().get()) : Optional.empty();
        Optional<LaterAddressChange> laterChange = eligibility.asksLaterChange().get()
                ? Optional.ofNullable(eligibility.laterChangeProperty().get()) : Optional.empty();
        return new RememberedAnswers(
                List.copyOf(setUp.list()),
                Optional.ofNullable(welcome.mailUseProperty().get()),
                Optional.ofNullable(client.clientProperty().get()),
                Optional.ofNullable(eligibility.originProperty().get()).flatMap(OriginChoice::origin),
                eligibility.parsedDate(),
                laterChange,
                versionUp,
                Optional.of(language),
                finished,
                darkTheme,
                textPercent);
    }
}
