package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.ui.flow.Page;

/** What a page may ask of the wizard's flow: the shell ViewModel does it, so a page never holds the shell. */
public interface Navigator {

    /** Back to the page the user came from. */
    void back();

    /** To a page directly: "test again", "check again", the home screen's buttons. */
    void goTo(Page target);

    /** Next, as the window's Next button does (a page's own "continue" button). */
    void next();

    /** Whether this page has a Next at all (the test started from the home screen has none). */
    boolean hasNext();

    /** "Set up again": the wizard from its first page; the password is dropped, the other answers kept. */
    void startOver();
}
