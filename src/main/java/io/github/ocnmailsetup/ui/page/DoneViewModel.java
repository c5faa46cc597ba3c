package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.ui.flow.Page;
import javafx.beans.binding.BooleanExpression;

/**
 * Page 8: what fits the chosen mail software first (Thunderbird: the apply; iPhone and Mac: the .mobileconfig;
 * the others: the printable sheet), the other take-away files after it ({@link ExportViewModel}), whether the
 * connection test is still open, and "test again".
 */
public final class DoneViewModel {

    /** What the page offers first. */
    public enum FirstOffer { APPLY_TO_THUNDERBIRD, MOBILECONFIG, PRINTABLE_SHEET }

    private final ExportViewModel export;
    private final BooleanExpression testPassed;
    private final Navigator navigator;

    public DoneViewModel(ExportViewModel export, BooleanExpression testPassed, Navigator navigator) {
        this.export = export;
        this.testPassed = testPassed;
        this.navigator = navigator;
    }

    /** The take-away files of this page. */
    public ExportViewModel export() {
        return export;
    }

    /** True when the connection test has not passed (skipped, or failed): the page says it is still open. */
    public boolean testStillOpen() {
        return !testPassed.get();
    }

    /** The chosen mail software (other when none was chosen). */
    public MailClient client() {
        return export.chosenClient();
    }

    /**
     * What fits the mail software: Thunderbird is set by this app; Apple's devices install a .mobileconfig; the
     * others have no file that sets them up when opened (Outlook reads an autodiscover.xml from a server or from a
     * path an administrator registered), so the printable sheet.
     */
    public FirstOffer firstOffer() {
        return switch (client()) {
            case THUNDERBIRD -> FirstOffer.APPLY_TO_THUNDERBIRD;
            case IPHONE, APPLE_MAIL -> FirstOffer.MOBILECONFIG;
            case OUTLOOK, OUTLOOK_NEW, ANDROID, BECKY, WINDOWS_LIVE_MAIL, WINDOWS_MAIL, OTHER ->
                    FirstOffer.PRINTABLE_SHEET;
        };
    }

    /**
     * Outlook users see an Outlook file among the other files: the page says that opening it puts nothing into
     * Outlook (Outlook reads such a file from a server, or from a path an administrator registered in Windows).
     */
    public boolean saysTheOutlookFileIsForAdministrators() {
        return client() == MailClient.OUTLOOK || client() == MailClient.OUTLOOK_NEW;
    }

    /**
     * The file is saved on this computer: for an iPhone or iPad the page says how to get it there (mail it to
     * yourself and open the attachment, as Apple's instructions describe), then to install it in Settings.
     */
    public boolean saysHowToGetTheFileOntoTheDevice() {
        return client() == MailClient.IPHONE;
    }

    /** Back to the test; if the password has been dropped, the test page asks for it. */
    public void testAgain() {
        navigator.goTo(Page.TEST);
    }

    /** Back to the settings page, where Thunderbird's apply is. */
    public void backToSettings() {
        navigator.goTo(Page.SETTINGS);
    }
}
