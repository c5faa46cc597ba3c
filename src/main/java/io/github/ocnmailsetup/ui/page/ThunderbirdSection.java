package io.github.ocnmailsetup.ui.page;

import javafx.scene.layout.VBox;

/** Page 7's "apply these settings to Thunderbird for me", for Thunderbird users with a profile that has the account. */
final class ThunderbirdSection {

    private ThunderbirdSection() {
    }

    /** Adds the section to the box when it applies; leaves the box empty otherwise. */
    static void install(VBox box, PageContext context) {
        Views.show(box, false);
    }
}
