package io.github.ocnmailsetup.ui;

import io.github.ocnmailsetup.domain.OcnSettings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Everything the wizard window needs from the outside: where remembered answers live, the language, the
 * servers and the trust for "Test my connection", and the demo's account hint. Build it with
 * {@link #of} and the {@code with...} methods, so new fields do not break callers.
 *
 * @param dataFolder       the folder for remembered (non-secret) answers; the demo passes its own
 * @param locale           the language to start in (the system's, or {@code --lang})
 * @param localeFixed      true when {@code --lang} chose the language: a remembered language does not override it
 * @param settings         the OCN servers and rules; the demo passes loopback servers
 * @param trust            the TLS trust for the connection check (the demo trusts only its own certificate)
 * @param demoAccount      in demo mode, the account the account page shows as a hint
 * @param firstPageShown   called once on the FX thread when the first page is showing (start-up measurement)
 * @param thunderbirdHome  where to look for Thunderbird profiles instead of the user's home (tests, demo)
 */
public record WizardOptions(
        Path dataFolder,
        Locale locale,
        boolean localeFixed,
        OcnSettings settings,
        SSLContext trust,
        Optional<DemoAccount> demoAccount,
        @Nullable Runnable firstPageShown,
        Optional<Path> thunderbirdHome) {

    /** Options for a real run against the given servers. */
    public static WizardOptions of(Path dataFolder, Locale locale, OcnSettings settings, SSLContext trust) {
        return new WizardOptions(dataFolder, locale, false, settings, trust, Optional.empty(), null, Optional.empty());
    }

    /** The same options with the language fixed by the command line ({@code --lang}). */
    public WizardOptions withFixedLocale(Locale fixed) {
        return new WizardOptions(dataFolder, fixed, true, settings, trust, demoAccount, firstPageShown,
                thunderbirdHome);
    }

    /** The same options in demo mode, with the account hint to show. */
    public WizardOptions withDemoAccount(DemoAccount account) {
        return new WizardOptions(dataFolder, locale, localeFixed, settings, trust, Optional.of(account),
                firstPageShown, thunderbirdHome);
    }

    /** The same options with a callback for when the first page is showing. */
    public WizardOptions withFirstPageShown(@Nullable Runnable callback) {
        return new WizardOptions(dataFolder, locale, localeFixed, settings, trust, demoAccount, callback,
                thunderbirdHome);
    }

    /** The same options with another TLS trust for the check (the demo trusts only its own certificate). */
    public WizardOptions withTrust(SSLContext newTrust) {
        return new WizardOptions(dataFolder, locale, localeFixed, settings, newTrust, demoAccount, firstPageShown,
                thunderbirdHome);
    }

    /** The same options looking for Thunderbird profiles under another home folder. */
    public WizardOptions withThunderbirdHome(Path home) {
        return new WizardOptions(dataFolder, locale, localeFixed, settings, trust, demoAccount, firstPageShown,
                Optional.of(home));
    }

    /** True in {@code --demo}. */
    public boolean demo() {
        return demoAccount.isPresent();
    }

    /**
     * The demo's account, shown on the account page so anyone can finish the demo.
     *
     * @param address  the demo address
     * @param password the demo password (not a secret: it opens only the embedded demo server)
     */
    public record DemoAccount(String address, String password) {
        @Override
        public String toString() {
            return "DemoAccount[" + address + "]";
        }
    }
}
