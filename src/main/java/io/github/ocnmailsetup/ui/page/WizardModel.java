package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.clients.ProcessChecker;
import io.github.ocnmailsetup.clients.ThunderbirdEnvironment;
import io.github.ocnmailsetup.clients.ThunderbirdSetup;
import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.EligibilityPolicy;
import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.probe.MailboxStats;
import io.github.ocnmailsetup.ui.WizardOptions;
import io.github.ocnmailsetup.ui.answers.AnswersStore;
import io.github.ocnmailsetup.ui.answers.RememberedAnswers;
import io.github.ocnmailsetup.ui.flow.FlowAnswers;
import io.github.ocnmailsetup.ui.flow.Page;
import io.github.ocnmailsetup.ui.flow.WizardFlow;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The whole wizard's state: one ViewModel per page, the flow between them, the language, and the remembered
 * answers. Views come and go (a language switch rebuilds them); this model stays, so nothing is lost.
 */
public final class WizardModel implements FlowAnswers {

    private final WizardOptions options;
    private final AnswersStore store;
    private final ObjectProperty<Locale> locale;
    private final WelcomeViewModel welcome = new WelcomeViewModel();
    private final EligibilityViewModel eligibility;
    private final AccountViewModel account;
    private final ConnectionTestViewModel test;
    private final ClientViewModel client = new ClientViewModel();
    private final MailAgainViewModel mailAgain = new MailAgainViewModel();
    private final SettingsViewModel settings;
    private final ExportViewModel export;
    private final ThunderbirdViewModel thunderbird;
    private final WizardFlow flow;
    private final ReadOnlyObjectWrapper<Page> page;
    private final ExecutorService checks;
    private boolean finishedBefore;

    public WizardModel(WizardOptions options, Executor uiThread) {
        this.options = options;
        this.store = new AnswersStore(options.dataFolder());
        this.checks = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "connection-test");
            t.setDaemon(true);
            return t;
        });
        this.eligibility = new EligibilityViewModel(new EligibilityPolicy(options.settings(), Clock.systemUTC()));
        this.account = new AccountViewModel(options.settings());
        this.test = new ConnectionTestViewModel(account, options.settings(), options.trust(), checks, uiThread,
                System::currentTimeMillis);
        this.settings = new SettingsViewModel(OcnSettings.bundled(), account, client);
        this.export = new ExportViewModel(settings, client, Clock.systemDefaultZone());
        this.thunderbird = new ThunderbirdViewModel(thunderbirdSetup(options), account, client);
        test.mailboxProperty().addListener((o, a, stats) -> useMailboxStats(stats));
        account.addressProperty().addListener((o, a, b) -> test.reset());
        account.passwordProperty().addListener((o, a, b) -> test.reset());
        RememberedAnswers remembered = store.load();
        Locale start = options.localeFixed() ? options.locale()
                : remembered.language().orElse(options.locale());
        this.locale = new SimpleObjectProperty<>(I18n.supported(start));
        new RememberedAnswersMapper(this).fill(remembered);
        Page first = remembered.returning() ? Page.HOME : Page.WELCOME;
        this.flow = new WizardFlow(this, first);
        this.page = new ReadOnlyObjectWrapper<>(first);
    }

    /** Starts the connection check's first-use work in the background (see ConnectionTestViewModel). */
    public void warmUpInBackground() {
        test.warmUpInBackground();
    }

    public WizardOptions options() {
        return options;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public WelcomeViewModel welcome() {
        return welcome;
    }

    public EligibilityViewModel eligibilityPage() {
        return eligibility;
    }

    public AccountViewModel account() {
        return account;
    }

    public ConnectionTestViewModel test() {
        return test;
    }

    public ClientViewModel client() {
        return client;
    }

    public MailAgainViewModel mailAgain() {
        return mailAgain;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public ExportViewModel export() {
        return export;
    }

    public ThunderbirdViewModel thunderbird() {
        return thunderbird;
    }

    /** The page showing now. */
    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public WizardFlow flow() {
        return flow;
    }

    /** Next: to the page the flow chooses; remembers the answers on the way. */
    public void next() {
        if (flow.next()) {
            moved();
        }
    }

    public void back() {
        if (flow.back()) {
            moved();
        }
    }

    /** To a page directly: "test again", "check again", the home screen's buttons. */
    public void goTo(Page target) {
        flow.goTo(target);
        moved();
    }

    /** "Set up again": the wizard from its first page, answers kept as they were. */
    public void setUpAgain() {
        flow.restart(Page.WELCOME);
        moved();
    }

    /** Writes the non-secret answers to the data folder. */
    public void remember() {
        store.save(new RememberedAnswersMapper(this).read());
    }

    /** Stops any running check (the window is closing). */
    public void shutdown() {
        test.cancel();
        checks.shutdownNow();
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
    public boolean answered(Page p) {
        return answeredBinding(p).get();
    }

    /** Whether Next may be pressed on a page; the shell binds its Next button to it. */
    public BooleanExpression answeredBinding(Page p) {
        return switch (p) {
            case WELCOME -> welcome.answered();
            case ELIGIBILITY -> eligibility.answered();
            case ACCOUNT -> account.answered();
            case TEST -> test.passed();
            case CLIENT -> client.answered();
            case MAIL_AGAIN -> mailAgain.answered();
            case SETTINGS, DONE, WEBMAIL -> Bindings.createBooleanBinding(() -> true);
            case HOME, VERSION_UP -> Bindings.createBooleanBinding(() -> false);
        };
    }

    /** Whether the wizard has reached its last page once, now or in an earlier run: then the home screen opens. */
    boolean finished() {
        return finishedBefore;
    }

    void markFinishedBefore(boolean value) {
        finishedBefore = value;
    }

    private static ThunderbirdSetup thunderbirdSetup(WizardOptions options) {
        ThunderbirdEnvironment environment = options.thunderbirdHome()
                .map(home -> new ThunderbirdEnvironment(home, Map.of(), ThunderbirdEnvironment.OperatingSystem.current()))
                .orElseGet(ThunderbirdEnvironment::system);
        return new ThunderbirdSetup(environment, OcnSettings.bundled(), ProcessChecker.system(), Clock.systemUTC());
    }

    private void moved() {
        page.set(flow.current());
        if (flow.current() == Page.DONE) {
            finishedBefore = true;
        }
        remember();
    }

    private void useMailboxStats(MailboxStats stats) {
        if (stats == null) {
            return;
        }
        client.messagesOnServerProperty().set(stats.messages());
        mailAgain.bytesProperty().set(stats.bytes());
        mailAgain.messagesProperty().set(stats.messages());
    }

}
