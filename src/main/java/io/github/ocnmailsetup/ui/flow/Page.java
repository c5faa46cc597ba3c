package io.github.ocnmailsetup.ui.flow;

/**
 * The wizard's pages. The eight steps follow the order, which tests the new settings before the user
 * touches the mail software and keeps the notice's order inside it (keep-on-server settings first, then the
 * server settings, then a real send and receive). Side pages belong to the step they branch from.
 */
public enum Page {
    HOME(-1),
    WELCOME(0),
    WEBMAIL(0),
    ELIGIBILITY(1),
    VERSION_UP(1),
    ACCOUNT(2),
    TEST(3),
    CLIENT(4),
    MAIL_AGAIN(5),
    SETTINGS(6),
    DONE(7);

    /** How many steps the step list shows. */
    public static final int STEPS = 8;

    private final int step;

    Page(int step) {
        this.step = step;
    }

    /** The step (0 to 7) this page belongs to in the step list; -1 for the home screen. */
    public int step() {
        return step;
    }

    /** The FXML view's base name, for example {@code WelcomeView}. */
    public String viewName() {
        StringBuilder name = new StringBuilder();
        for (String part : name().split("_")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.append("View").toString();
    }
}
