package io.github.ocnmailsetup.ui.page;

import javafx.scene.layout.VBox;

/** Page 8's save buttons for the take-away profiles, one per format, and the printable settings sheet. */
final class ExportSection {

    private ExportSection() {
    }

    /** Adds the buttons to the box. */
    static void install(VBox box, PageContext context) {
        Views.show(box, false);
    }
}
