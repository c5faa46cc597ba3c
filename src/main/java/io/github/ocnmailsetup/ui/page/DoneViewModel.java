package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.ui.flow.Page;

/** Page 8: "test again" and the take-away files ({@link ExportViewModel}, the page's export section). */
public final class DoneViewModel {

    private final ExportViewModel export;
    private final Navigator navigator;

    public DoneViewModel(ExportViewModel export, Navigator navigator) {
        this.export = export;
        this.navigator = navigator;
    }

    /** The take-away files of this page. */
    public ExportViewModel export() {
        return export;
    }

    /** Back to the test; if the password has been dropped, the test page asks for it. */
    public void testAgain() {
        navigator.goTo(Page.TEST);
    }
}
