package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.PasswordRule;
import io.github.ocnmailsetup.domain.PasswordRule.PasswordForMailSoftware;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.ui.UiText;
import io.github.ocnmailsetup.domain.ValidationException;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * Page 3: the address and the password. The password stays in memory only, as a {@link Secret}: it is kept while
 * a page can still use it (the test, "test again" on the last page) and dropped by {@link #forgetPassword()} when
 * the window closes or the user starts over. With 9 or more characters the notice's footnote applies
 * (「*1 9文字以上の…8文字目までを入力」, {@link PasswordRule}): the page says to type only the first 8 into the mail
 * software, never the characters or how many there are.
 */
public final class AccountViewModel {

    private final OcnSettings settings;
    private final PasswordRule rule;
    private final StringProperty address = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<@Nullable Secret> password = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty passwordShown = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<@Nullable OcnAddress> parsedAddress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<@Nullable Text> addressProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<@Nullable Text> passwordAdvice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<@Nullable Text> passwordSpaces = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty capsLockOn = new SimpleBooleanProperty();
    private final BooleanBinding answered;
    private final BooleanBinding addressChangedByNormalising;
    private final AccountCorrection correction = new AccountCorrection();

    public AccountViewModel(OcnSettings settings) {
        this.settings = settings;
        this.rule = new PasswordRule(settings);
        address.addListener((o, a, b) -> checkAddress());
        password.addListener((o, a, b) -> checkPassword());
        addressChangedByNormalising = Bindings.createBooleanBinding(() -> parsedAddress.get() != null
                && !parsedAddress.get().value().equals(address.get()), parsedAddress, address);
        answered = Bindings.createBooleanBinding(
                () -> parsedAddress.get() != null && passwordForMailSoftware().isPresent(), parsedAddress, password);
    }

    public StringProperty addressProperty() {
        return address;
    }

    /** The password as typed, or null when none is typed or it has been dropped; it is never written anywhere. */
    public ReadOnlyObjectProperty<@Nullable Secret> passwordProperty() {
        return password.getReadOnlyProperty();
    }

    /** The password, while it is kept. */
    public Optional<Secret> password() {
        return Optional.ofNullable(password.get());
    }

    /**
     * What the user typed into a password field; an empty field means no password. The same characters again are
     * no change (a view built again fills its field from here, which must not undo a passed test).
     */
    public void typePassword(Secret typed) {
        Secret kept = password.get();
        if (kept != null && kept.reveal().equals(typed.reveal())) {
            return;
        }
        password.set(typed.isEmpty() ? null : typed);
    }

    /** Drops the password (the window closes, or the user starts over); "Show" goes off with it. */
    public void forgetPassword() {
        password.set(null);
        passwordShown.set(false);
    }

    public BooleanProperty passwordShownProperty() {
        return passwordShown;
    }

    public ReadOnlyObjectProperty<@Nullable OcnAddress> parsedAddressProperty() {
        return parsedAddress.getReadOnlyProperty();
    }

    /** What is wrong with the address, once something is typed; null when it is fine or empty. */
    public ReadOnlyObjectProperty<@Nullable Text> addressProblemProperty() {
        return addressProblem.getReadOnlyProperty();
    }

    /**
     * Why the password cannot be used ({@link PasswordRule#problem}, e.g. full-width characters), else the
     * 8-character advice for passwords longer than 8 (the case, never the length); null otherwise.
     */
    public ReadOnlyObjectProperty<@Nullable Text> passwordAdviceProperty() {
        return passwordAdvice.getReadOnlyProperty();
    }

    /**
     * Whether the address as it will be used differs from what was typed (full-width characters, spaces around it,
     * an upper-case domain: {@link OcnAddress#normalise}), so the page shows the address as it will be used.
     */
    public BooleanBinding addressChangedByNormalising() {
        return addressChangedByNormalising;
    }

    /** A warning (and no change) when the password starts or ends with a space; null otherwise. */
    public ReadOnlyObjectProperty<@Nullable Text> passwordSpacesProperty() {
        return passwordSpaces.getReadOnlyProperty();
    }

    /**
     * Whether Caps Lock is on, as far as the platform can tell: the view sets it; it stays false where the platform
     * cannot say. Only a warning: the password is used as typed.
     */
    public BooleanProperty capsLockOnProperty() {
        return capsLockOn;
    }

    public BooleanBinding answered() {
        return answered;
    }

    /** The address, once valid. */
    public Optional<OcnAddress> address() {
        return Optional.ofNullable(parsedAddress.get());
    }

    /**
     * What the mail software gets and the check uses: the whole password, or its first 8 characters; empty while
     * the password is empty or cannot be sent.
     */
    public Optional<PasswordForMailSoftware> passwordForMailSoftware() {
        return password().filter(typed -> rule.problem(typed).isEmpty()).map(rule::apply);
    }

    private void checkAddress() {
        String typed = address.get();
        if (typed.isBlank()) {
            parsedAddress.set(null);
            addressProblem.set(null);
            return;
        }
        try {
            parsedAddress.set(OcnAddress.parse(typed, settings));
            addressProblem.set(null);
        } catch (ValidationException e) {
            parsedAddress.set(null);
            addressProblem.set(e.text());
        }
    }

    private void checkPassword() {
        passwordSpaces.set(password().flatMap(rule::edgeSpaceWarning).orElse(null));
        Optional<Text> unusable = password().flatMap(rule::problem);
        passwordAdvice.set(unusable.orElseGet(() -> passwordForMailSoftware().filter(PasswordForMailSoftware::truncated)
                .map(truncated -> (Text) UiText.of("account.password.typeAllHere", rule.maxLength(), rule.maxLength() + 1))
                .orElse(null)));
    }

    /** What the test page asked to correct here (the field to focus and the test's reason); see TestWayOn. */
    public AccountCorrection correction() {
        return correction;
    }
}
