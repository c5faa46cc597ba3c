package io.github.ocnmailsetup.ui;

import io.github.ocnmailsetup.clients.ProcessChecker;
import io.github.ocnmailsetup.clients.ThunderbirdEnvironment;
import io.github.ocnmailsetup.clients.ThunderbirdSetup;
import io.github.ocnmailsetup.domain.EligibilityPolicy;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.export.ProfileExporter;
import io.github.ocnmailsetup.probe.ConnectionCheck;
import io.github.ocnmailsetup.probe.MailboxStats;
import io.github.ocnmailsetup.ui.answers.AnswersStore;
import io.github.ocnmailsetup.ui.answers.RememberedAnswers;
import io.github.ocnmailsetup.ui.flow.Page;
import io.github.ocnmailsetup.ui.flow.WizardFlow;
import io.github.ocnmailsetup.ui.page.AccountViewModel;
import io.github.ocnmailsetup.ui.page.ClientViewModel;
import io.github.ocnmailsetup.ui.page.ConnectionTestViewModel;
import io.github.ocnmailsetup.ui.page.DoneViewModel;
import io.github.ocnmailsetup.ui.page.EligibilityViewModel;
import io.github.ocnmailsetup.ui.page.ExportViewModel;
import io.github.ocnmailsetup.ui.page.HomeViewModel;
import io.github.ocnmailsetup.ui.page.MailAgainViewModel;
import io.github.ocnmailsetup.ui.page.PageAnswers;
import io.github.ocnmailsetup.ui.page.PageModels;
import io.github.ocnmailsetup.ui.page.RememberedAnswersMapper;
import io.github.ocnmailsetup.ui.page.SetUpAddresses;
import io.github.ocnmailsetup.ui.page.SettingsViewModel;
import io.github.ocnmailsetup.ui.page.ThunderbirdViewModel;
import io.github.ocnmailsetup.ui.page.VersionUpViewModel;
import io.github.ocnmailsetup.ui.page.WelcomeViewModel;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The wizard's composition root: the one place that builds the services (the background threads, the
 * connection check, the Thunderbird set-up, the file writer, the remembered answers) and every ViewModel, and
 * wires them together. Views get their own ViewModel from {@link #pages()}; the frame gets {@link #shell()} and
 * {@link #display()}. It outlives the views: a language switch builds them again and loses nothing.
 */
public final class WizardComposition {

    private final WizardOptions options;
    private final ExecutorService background;
    private final AnswersStore store;
    private final RememberedAnswersMapper memory;
    private final PageModels pages;
    private final ShellViewModel shell;
    private final DisplaySettings display;

    private WizardComposition(WizardOptions options, ExecutorService background, AnswersStore store,
            RememberedAnswersMapper memory, PageModels pages, ShellViewModel shell, DisplaySettings display) {
        this.options = options;
        this.background = background;
        this.store = store;
        this.memory = memory;
        this.pages = pages;
        this.shell = shell;
        this.display = display;
    }

    /** Builds and wires everything; {@code uiThread} runs work on the FX thread ({@code Platform::runLater}). */
    public static WizardComposition build(WizardOptions options, Executor uiThread) {
        ExecutorService background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "wizard-background");
            t.setDaemon(true);
            return t;
        });
        AnswersStore store = new AnswersStore(options.dataFolder());
        OcnSettings settings = options.settings();
        WelcomeViewModel welcome = new WelcomeViewModel();
        EligibilityViewModel eligibility = new EligibilityViewModel(new EligibilityPolicy(settings, Clock.systemUTC()));
        AccountViewModel account = new AccountViewModel(settings);
        ConnectionTestViewModel test = new ConnectionTestViewModel(account, settings, options.trust(),
                ConnectionCheck::new, background, uiThread, System::currentTimeMillis);
        ClientViewModel client = new ClientViewModel();
        MailAgainViewModel mailAgain = new MailAgainViewModel(client);
        SettingsViewModel settingsPage = new SettingsViewModel(OcnSettings.bundled(), account, client);
        ExportViewModel export = new ExportViewModel(settingsPage, client, Clock.systemDefaultZone(),
                ProfileExporter::writeTo, background, uiThread);
        ThunderbirdViewModel thunderbird = new ThunderbirdViewModel(thunderbirdSetup(options), account, client,
                background, uiThread);

        RememberedAnswers remembered = store.load();
        SetUpAddresses setUp = new SetUpAddresses();
        RememberedAnswersMapper memory = new RememberedAnswersMapper(welcome, eligibility, account, client, setUp);
        memory.fill(remembered);
        Locale start = options.localeFixed() ? options.locale() : remembered.language().orElse(options.locale());
        PageAnswers answers = new PageAnswers(welcome, eligibility, account, test, client, mailAgain);
        WizardFlow flow = new WizardFlow(answers, remembered.returning() ? Page.HOME : Page.WELCOME);
        ShellViewModel shell = new ShellViewModel(start, flow, answers, remembered.finished(), options.demo(),
                account::forgetPassword);
        PageModels pages = new PageModels(welcome, eligibility, account, test, client, mailAgain, settingsPage,
                thunderbird, export, new HomeViewModel(account, test, shell, setUp),
                new DoneViewModel(export, test.passed(), shell),
                new VersionUpViewModel(eligibility, shell));
        DisplaySettings display = new DisplaySettings(remembered.darkTheme(), remembered.textPercent());

        WizardComposition composition = new WizardComposition(options, background, store, memory, pages, shell,
                display);
        composition.wire(setUp);
        return composition;
    }

    /** The listeners between the parts, added once everything exists. */
    private void wire(SetUpAddresses setUp) {
        AccountViewModel account = pages.account();
        ConnectionTestViewModel test = pages.test();
        // An address is remembered once its set-up reached the settings page or passed a test, before the save below.
        shell.pageProperty().addListener((o, was, now) -> {
            if (now == Page.SETTINGS) {
                account.address().ifPresent(a -> setUp.remember(a.value()));
            }
        });
        test.passed().addListener((o, was, passed) -> {
            if (passed) {
                account.address().ifPresent(a -> setUp.remember(a.value()));
                remember();
            }
        });
        test.mailboxProperty().addListener((o, was, stats) -> useMailboxStats(stats));
        test.wayOn().attach(shell, () -> versionUpMayBeTheCause(pages.eligibility()));
        account.addressProperty().addListener((o, was, now) -> test.reset());
        account.passwordProperty().addListener((o, was, now) -> test.reset());
        shell.pageProperty().addListener((o, was, now) -> remember());
        shell.localeProperty().addListener((o, was, now) -> remember());
        display.darkProperty().addListener((o, was, now) -> remember());
        display.textPercentProperty().addListener((o, was, now) -> remember());
    }

    public WizardOptions options() {
        return options;
    }

    /** The pages' ViewModels. */
    public PageModels pages() {
        return pages;
    }

    /** The frame's ViewModel: page, flow, language, title. */
    public ShellViewModel shell() {
        return shell;
    }

    /** Theme and text size. */
    public DisplaySettings display() {
        return display;
    }

    /** Writes the non-secret answers, the language and the window's look to the data folder. */
    public void remember() {
        store.save(memory.read(shell.locale(), shell.finished(), display.dark(), display.textPercentProperty().get()));
    }

    /** Starts the connection check's first-use work in the background (see ConnectionTestViewModel). */
    public void warmUpInBackground() {
        pages.test().warmUpInBackground();
    }

    /** The window has closed: the password is dropped, a running check stops, the threads end. */
    public void shutdown() {
        pages.test().cancel();
        pages.account().forgetPassword();
        background.shutdownNow();
    }

    private static ThunderbirdSetup thunderbirdSetup(WizardOptions options) {
        ThunderbirdEnvironment environment = options.thunderbirdHome()
                .map(home -> new ThunderbirdEnvironment(home, Map.of(),
                        ThunderbirdEnvironment.OperatingSystem.current()))
                .orElseGet(ThunderbirdEnvironment::system);
        return new ThunderbirdSetup(environment, OcnSettings.bundled(), ProcessChecker.system(), Clock.systemUTC());
    }

    /**
     * Whether a refused login may mean the version-up is missing: the eligibility answer was unknown, or the
     * address is one used since before 2009-11-24 (the notice's 「ご利用条件」).
     */
    private static boolean versionUpMayBeTheCause(EligibilityViewModel eligibility) {
        return eligibility.outcomeProperty().get() instanceof io.github.ocnmailsetup.domain.EligibilityOutcome.Unknown
                || eligibility.originProperty().get() == io.github.ocnmailsetup.ui.page.OriginChoice.OLDER_ADDRESS;
    }

    private void useMailboxStats(@Nullable MailboxStats stats) {
        if (stats == null) {
            return;
        }
        pages.client().messagesOnServerProperty().set(stats.messages());
        pages.mailAgain().bytesProperty().set(stats.bytes());
        pages.mailAgain().messagesProperty().set(stats.messages());
    }
}
