package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.ui.flow.Page;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The returning user's home screen: every address set up on this computer, each with "Test my connection" (with the
 * password typed here: it was not kept between runs) and "Set up again"; an address can be corrected in place, and
 * another one added.
 */
public final class HomeViewModel {

    private final AccountViewModel account;
    private final ConnectionTestViewModel test;
    private final Navigator navigator;
    private final SetUpAddresses addresses;
    private final ReadOnlyObjectWrapper<@Nullable Text> problem = new ReadOnlyObjectWrapper<>();

    public HomeViewModel(AccountViewModel account, ConnectionTestViewModel test, Navigator navigator,
            SetUpAddresses addresses) {
        this.account = account;
        this.test = test;
        this.navigator = navigator;
        this.addresses = addresses;
    }

    /** The addresses set up on this computer, the most recent first. */
    public ObservableList<String> addresses() {
        return addresses.list();
    }

    /** The most recent address, or the account page's when none is set up yet. */
    public String address() {
        return addresses.list().isEmpty() ? account.addressProperty().get() : addresses.list().get(0);
    }

    /** What is wrong with an address the user corrected here; null when nothing is. */
    public ReadOnlyObjectProperty<@Nullable Text> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void typePassword(Secret typed) {
        account.typePassword(typed);
    }

    /** The password typed in this run, if any (kept in memory only): the field shows it again after Back. */
    public java.util.Optional<Secret> password() {
        return account.password();
    }

    /** Whether "Test my connection" can start: a password is typed (the address is checked when it is pressed). */
    public BooleanBinding canTest() {
        return Bindings.isNotNull(account.passwordProperty());
    }

    /** Tests the most recent address. */
    public void testMyConnection() {
        testMyConnection(address(), address());
    }

    /**
     * Tests one address as it now reads in its field (the user may have corrected it); goes to the test page and
     * starts the test there. Returns false, with the problem shown, when the corrected address is not one.
     */
    public boolean testMyConnection(String remembered, String typed) {
        if (!use(remembered, typed)) {
            return false;
        }
        navigator.goTo(Page.TEST);
        test.start();
        return true;
    }

    /** "Set up again" for the most recent address. */
    public void setUpAgain() {
        setUpAgain(address(), address());
    }

    /** The wizard again from its first page for this address; the password is dropped, the other answers kept. */
    public boolean setUpAgain(String remembered, String typed) {
        if (!use(remembered, typed)) {
            return false;
        }
        navigator.startOver();
        return true;
    }

    /** Another address: the wizard from its first page with an empty address field. */
    public void addAddress() {
        problem.set(null);
        account.addressProperty().set("");
        navigator.startOver();
    }

    private boolean use(String remembered, String typed) {
        account.addressProperty().set(typed.isBlank() ? remembered : typed);
        Optional<OcnAddress> parsed = account.address();
        if (parsed.isEmpty()) {
            problem.set(account.addressProblemProperty().get());
            return false;
        }
        problem.set(null);
        account.addressProperty().set(parsed.get().value());
        if (!remembered.equals(parsed.get().value())) {
            addresses.replace(remembered, parsed.get().value());
        }
        return true;
    }
}
