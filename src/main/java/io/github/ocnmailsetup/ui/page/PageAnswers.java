package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.ui.flow.FlowAnswers;
import io.github.ocnmailsetup.ui.flow.Page;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;

/** The answers the flow reads, from the pages that ask the questions; which pages Next may leave. */
public final class PageAnswers implements FlowAnswers {

    private final WelcomeViewModel welcome;
    private final EligibilityViewModel eligibility;
    private final AccountViewModel account;
    private final ConnectionTestViewModel test;
    private final ClientViewModel client;
    private final MailAgainViewModel mailAgain;

    public PageAnswers(WelcomeViewModel welcome, EligibilityViewModel eligibility, AccountViewModel account,
            ConnectionTestViewModel test, ClientViewModel client, MailAgainViewModel mailAgain) {
        this.welcome = welcome;
        this.eligibility = eligibility;
        this.account = account;
        this.test = test;
        this.client = client;
        this.mailAgain = mailAgain;
    }

    @Override
    public Optional<MailUse> mailUse() {
        return Optional.ofNullable(welcome.mailUseProperty().get());
    }

    @Override
    public Optional<EligibilityOutcome> eligibility() {
        return Optional.ofNullable(eligibility.outcomeProperty().get());
    }

    @Override
    public boolean testPassed() {
        return test.passed().get();
    }

    @Override
    public boolean answered(Page page) {
        return answeredBinding(page).get();
    }

    /** Whether Next may be pressed on a page; the shell binds its Next button to it. */
    public BooleanExpression answeredBinding(Page page) {
        return switch (page) {
            case WELCOME -> welcome.answered();
            case ELIGIBILITY -> eligibility.answered();
            case ACCOUNT -> addressWithUsableOrNoPassword();
            case TEST -> test.wayOn().mayGoOn();
            case CLIENT -> client.answered();
            case MAIL_AGAIN -> mailAgain.answered();
            case SETTINGS, DONE, WEBMAIL -> Bindings.createBooleanBinding(() -> true);
            case HOME, VERSION_UP -> Bindings.createBooleanBinding(() -> false);
        };
    }

    /**
     * The account page may be left with a valid address and either no password (the user does not have it at
     * hand: the test page asks for it, or the user goes on without a test) or one the check can send.
     */
    private BooleanExpression addressWithUsableOrNoPassword() {
        return Bindings.createBooleanBinding(() -> account.address().isPresent()
                && (account.password().isEmpty() || account.passwordForMailSoftware().isPresent()),
                account.parsedAddressProperty(), account.passwordProperty());
    }
}
