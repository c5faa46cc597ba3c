package io.github.ocnmailsetup.app;

import io.github.ocnmailsetup.app.demo.DemoServer;
import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.probe.TrustSources;
import io.github.ocnmailsetup.ui.WizardLauncher;
import io.github.ocnmailsetup.ui.WizardOptions;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the wizard: with no arguments against the real OCN servers, with {@code --demo} against an embedded
 * loopback mail server and a demo account (answers kept in the data folder's own {@code demo} subfolder), and
 * with {@code --lang ja|en} in that language instead of the system's.
 */
final class WizardStart {

    static final int OK = 0;
    static final int PROBLEM = 1;
    static final int USAGE = 2;
    private static final String APP_BUNDLE = "io.github.ocnmailsetup.app.messages";
    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(WizardStart.class);
    }

    private WizardStart() {
    }

    /** The parsed arguments; null for bad ones. */
    record Arguments(boolean demo, @Nullable Locale language) {

        static @Nullable Arguments parse(String[] args) {
            boolean demo = false;
            Locale language = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if ("--demo".equals(arg)) {
                    demo = true;
                } else if ("--lang".equals(arg) && i + 1 < args.length) {
                    language = I18n.parseLanguage(args[++i]);
                    if (language == null) {
                        return null;
                    }
                } else if (arg.startsWith("--lang=")) {
                    language = I18n.parseLanguage(arg.substring("--lang=".length()));
                    if (language == null) {
                        return null;
                    }
                } else {
                    return null;
                }
            }
            return new Arguments(demo, language);
        }
    }

    static int start(AppFolders folders, String[] args) {
        return start(folders, args, null);
    }

    /**
     * Opens the wizard; {@code firstPageShown}, if given, runs on the FX thread once the first page shows
     * ({@code --measure-startup} uses it, so it times exactly what a double-click opens).
     */
    static int start(AppFolders folders, String[] args, @Nullable Runnable firstPageShown) {
        Arguments arguments = Arguments.parse(args);
        if (arguments == null) {
            System.err.println(I18n.format(APP_BUNDLE, languageAsked(args), "wizard.usage"));
            return USAGE;
        }
        if (arguments.demo()) {
            DemoServer started;
            try {
                started = DemoServer.start();
            } catch (RuntimeException e) {
                log().warn("The demo mail server did not start: {}", e.toString());
                System.err.println(I18n.format(APP_BUNDLE, language(arguments), "demo.notStarted"));
                return PROBLEM;
            }
            try (DemoServer server = started) {
                log().info("Wizard started in demo mode");
                return WindowUnavailable.openOrExplain(language(arguments), () -> WizardLauncher.launch(
                        options(arguments, folders.demo(), server.settings(), server.trust())
                        .withFirstPageShown(firstPageShown)
                        .withDemoAccount(DemoServer.ACCOUNT)
                        // The demo never looks at, or changes, the user's real Thunderbird.
                        .withThunderbirdHome(folders.demo().data().resolve("thunderbird-home"))));
            }
        }
        // Nothing before the first page but the window: the roots (and the logging set-up, with its first line)
        // load on their own thread once the page shows; the check waits for them only when it starts.
        BackgroundSslContext.Deferred trust = BackgroundSslContext.deferred(() -> {
            log().info("Wizard started against the OCN servers");
            return TrustSources.systemDefault();
        });
        return WindowUnavailable.openOrExplain(language(arguments), () -> WizardLauncher.launch(
                options(arguments, folders, OcnSettings.bundled(), trust.context())
                .withFirstPageShown(() -> {
                    if (firstPageShown != null) {
                        firstPageShown.run();
                    }
                    trust.begin();
                })));
    }

    /** The language a bad command line asked for, if it named one it can be read in; else the system's. */
    static Locale languageAsked(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
            Locale language = value == null ? null : I18n.parseLanguage(value);
            if (language != null) {
                return language;
            }
        }
        return I18n.systemLanguage();
    }

    private static Locale language(Arguments arguments) {
        Locale fixed = arguments.language();
        return fixed == null ? I18n.systemLanguage() : fixed;
    }

    private static WizardOptions options(Arguments arguments, AppFolders folders, OcnSettings settings,
            SSLContext trust) {
        WizardOptions options = WizardOptions.of(folders.data(), I18n.systemLanguage(), settings, trust);
        return arguments.language() == null ? options : options.withFixedLocale(arguments.language());
    }
}
