package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.ui.flow.Page;

/**
 * The pages' ViewModels, built once by the composition root, and which of them each page's controller gets: its
 * own and nothing else (the settings page also its Thunderbird section's, the last page its export section's
 * through {@link DoneViewModel}). Views come and go (every visit and language switch builds them again); these stay.
 */
public record PageModels(
        WelcomeViewModel welcome,
        EligibilityViewModel eligibility,
        AccountViewModel account,
        ConnectionTestViewModel test,
        ClientViewModel client,
        MailAgainViewModel mailAgain,
        SettingsViewModel settings,
        ThunderbirdViewModel thunderbird,
        ExportViewModel export,
        HomeViewModel home,
        DoneViewModel done,
        VersionUpViewModel versionUp) {

    /** A new controller for the page's view, given its ViewModel and the window's context. */
    Object controller(Page page, PageContext context) {
        return switch (page) {
            case HOME -> new HomeView(home, context);
            case WELCOME -> new WelcomeView(welcome, context);
            case WEBMAIL -> new WebmailView(context);
            case ELIGIBILITY -> new EligibilityView(eligibility, context);
            case VERSION_UP -> new VersionUpView(versionUp, context);
            case ACCOUNT -> new AccountView(account, context);
            case TEST -> new TestView(test, context);
            case CLIENT -> new ClientView(client, context);
            case MAIL_AGAIN -> new MailAgainView(mailAgain, context);
            case SETTINGS -> new SettingsView(settings, thunderbird, export, context);
            case DONE -> new DoneView(done, context);
        };
    }
}
