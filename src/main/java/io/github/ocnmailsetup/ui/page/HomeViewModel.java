package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.ui.flow.Page;
import javafx.beans.binding.BooleanBinding;

/**
 * The returning user's home screen: "Test my connection" with the password typed here (it was not kept between
 * runs), and "Set up again".
 */
public final class HomeViewModel {

    private final AccountViewModel account;
    private final ConnectionTestViewModel test;
    private final Navigator navigator;

    public HomeViewModel(AccountViewModel account, ConnectionTestViewModel test, Navigator navigator) {
        this.account = account;
        this.test = test;
        this.navigator = navigator;
    }

    /** The remembered address, as the user typed it. */
    public String address() {
        return account.addressProperty().get();
    }

    public void typePassword(Secret typed) {
        account.typePassword(typed);
    }

    /** Whether "Test my connection" can start: a valid address and a password. */
    public BooleanBinding canTest() {
        return account.answered();
    }

    /** Goes to the test page and starts the test there. */
    public void testMyConnection() {
        navigator.goTo(Page.TEST);
        test.start();
    }

    public void setUpAgain() {
        navigator.startOver();
    }
}
