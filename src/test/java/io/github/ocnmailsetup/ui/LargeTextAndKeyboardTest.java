package io.github.ocnmailsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.RetentionChoice;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.ui.flow.Page;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15: at 200% text in the default window size every page fits its width (nothing cut off, no sideways
 * scrolling) in both languages, every control and the text after the last one can be reached with Tab, and the
 * window's keys work as the pages' accessible help says. Screenshots: target/screenshots/large-LANG-PAGE.png.
 */
@ExtendWith({ApplicationExtension.class, OnlyOwnAsyncExceptions.class})
class LargeTextAndKeyboardTest {

    private Stage stage;
    @TempDir Path data;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    private WizardRobot open(FxRobot robot, Locale locale) {
        SSLContext trust;
        try {
            trust = SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        WizardOptions options = WizardOptions.of(data, locale, OcnSettings.bundled(), trust).withFixedLocale(locale)
                .withThunderbirdHome(data.resolve("home"));
        AtomicReference<WizardWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(WizardWindow.open(stage, options, uri -> { })));
        return new WizardRobot(robot, window.get(), stage, "large");
    }

    private static void show(FxRobot robot, WizardRobot wizard, Page page) {
        robot.interact(() -> {
            wizard.window().composition().pages().account().addressProperty().set("taro.yamada@abc.ocn.ne.jp");
            wizard.window().composition().pages().client().clientProperty().set(MailClient.OUTLOOK);
            wizard.window().composition().shell().goTo(page);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void largest(FxRobot robot, WizardRobot wizard) {
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) {
                wizard.window().composition().display().scaleText(1);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.window().composition().display().textPercentProperty().get()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void that_at_200_percent_every_page_fits_the_window_width_with_nothing_cut_off(String lang, FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.forLanguageTag(lang));
        largest(robot, wizard);
        assertThat(robot.lookup("#stepOf").queryAs(Label.class).getText()).isNotBlank();
        List<String> problems = new ArrayList<>();
        for (Page page : Page.values()) {
            show(robot, wizard, page);
            Scene scene = stage.getScene();
            assertThat(scene.getWidth()).isEqualTo(900);
            assertThat(robot.lookup(".step-pane").query().isVisible()).as("the step list gives its room").isFalse();
            ScrollPane scroll = robot.lookup("#pageScroll").queryAs(ScrollPane.class);
            double content = scroll.getContent().getLayoutBounds().getWidth();
            if (content > scroll.getViewportBounds().getWidth() + 1) {
                problems.add(page + ": the page is " + content + " px wide in a " + scroll.getViewportBounds().getWidth()
                        + " px view (sideways scrolling)");
            }
            for (Node node : scene.getRoot().lookupAll("*")) {
                if (!showing(node)) {
                    continue;
                }
                Bounds b = node.localToScene(node.getLayoutBounds());
                if (node instanceof Control && (b.getMaxX() > scene.getWidth() + 1 || b.getMinX() < -1)) {
                    problems.add(page + ": " + describe(node) + " reaches outside the window: " + b.getMinX() + ".."
                            + b.getMaxX());
                }
                if (node instanceof Labeled labeled && !"nextWaits".equals(node.getId()) && cutOff(labeled)) {
                    problems.add(page + ": " + describe(node) + " is cut off");
                }
            }
            overlaps(scene, page, problems);
            headingShows(scroll, page, problems);
            headingBreaksBetweenPhrases(scroll, page, problems);
            footerStaysLow(scene, page, problems);
            wizard.shot(page.name().toLowerCase(Locale.ROOT));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A page opens showing its heading, while its first control still has the focus (at 200% the first control
     * may lie below the fold; the page once opened scrolled down to it, the heading out of sight).
     */
    private static void headingShows(ScrollPane scroll, Page page, List<String> problems) {
        Node heading = scroll.getContent().lookup(".page-title");
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = heading.localToScene(heading.getLayoutBounds());
        if (b.getMinY() < view.getMinY() - 1 || b.getMaxY() > view.getMaxY() + 1) {
            problems.add(page + ": the heading is out of view when the page opens (" + b.getMinY() + ".." + b.getMaxY()
                    + " in " + view.getMinY() + ".." + view.getMaxY() + ")");
        }
        if (scroll.getScene().getFocusOwner() == null) {
            problems.add(page + ": nothing has the focus when the page opens");
        }
    }

    /**
     * A Japanese heading breaks its lines where the app put the breaks (between phrases): each line fits the
     * heading's width, so JavaFX, which breaks Japanese at any character, adds no break of its own, and no line is
     * a lone character.
     */
    private static void headingBreaksBetweenPhrases(ScrollPane scroll, Page page, List<String> problems) {
        Label heading = (Label) scroll.getContent().lookup(".page-title");
        if (heading.getText().chars().noneMatch(c -> c >= 0x3040 && c <= 0x30ff || c >= 0x4e00 && c <= 0x9fff)) {
            return; // English wraps at spaces
        }
        double room = heading.getWidth() - heading.snappedLeftInset() - heading.snappedRightInset();
        for (String line : heading.getText().split("\n")) {
            Text probe = new Text(line);
            probe.setFont(heading.getFont());
            if (probe.getLayoutBounds().getWidth() > room) {
                problems.add(page + ": the heading's line \"" + line + "\" does not fit its " + room + " px: JavaFX breaks it");
            }
            if (line.codePointCount(0, line.length()) < 2) {
                problems.add(page + ": the heading has a line of one character: \"" + line + "\"");
            }
        }
        if (heading.getAccessibleText() != null && heading.getAccessibleText().contains("\n")) {
            problems.add(page + ": screen readers get the heading's line breaks");
        }
    }

    /**
     * The footer keeps to Back and Next under at most two lines of why Next waits (it once took five lines at
     * 200%, beside Next); the reason's full text is still the line's accessible text and tooltip and Next's
     * accessible help.
     */
    private static void footerStaysLow(Scene scene, Page page, List<String> problems) {
        Label waits = (Label) scene.lookup("#nextWaits");
        Button next = (Button) scene.lookup("#nextButton");
        javafx.scene.layout.VBox bar = (javafx.scene.layout.VBox) waits.getParent();
        Text twoLines = new Text("あ\nA");
        twoLines.setFont(waits.getFont());
        // Two lines and the half line of room the label's skin needs to lay out the second (NextWaits.maxHeight).
        double bound = bar.snappedTopInset() + bar.snappedBottomInset() + next.getHeight() + bar.getSpacing()
                + twoLines.getLayoutBounds().getHeight() * 1.25 + waits.snappedTopInset() + waits.snappedBottomInset() + 2;
        if (bar.getHeight() > bound) {
            problems.add(page + ": the footer is " + bar.getHeight() + " px high, more than Back/Next and two lines ("
                    + bound + ")");
        }
        if (waits.isVisible()) {
            String reason = waits.getText();
            if (!reason.equals(waits.getAccessibleText()) || !reason.equals(waits.getTooltip().getText())
                    || !reason.equals(next.getAccessibleHelp())) {
                problems.add(page + ": why Next waits is not read in full by screen readers");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void that_at_200_percent_a_chosen_radio_shows_its_dot_and_a_ticked_box_its_mark(String lang, FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.forLanguageTag(lang));
        largest(robot, wizard);
        show(robot, wizard, Page.CLIENT);
        RadioButton outlook = robot.lookup("#client-outlook").queryAs(RadioButton.class);
        assertThat(outlook.isSelected()).isTrue();
        javafx.scene.layout.Region radio = (javafx.scene.layout.Region) outlook.lookup(".radio");
        javafx.scene.layout.Region dot = (javafx.scene.layout.Region) outlook.lookup(".dot");
        double em = outlook.getFont().getSize();
        assertThat(em).isEqualTo(30);
        // The theme's ring was 3 px whatever the text size: at 200% the white dot took 79% of the radio, and the
        // chosen radio looked like an empty ring.
        assertThat(dot.getWidth() / radio.getWidth()).as("the dot's share of the radio").isBetween(0.4, 0.7);
        assertThat(dot.getWidth()).as("the dot grows with the text").isGreaterThanOrEqualTo(0.4 * em);
        assertThat(dot.getBackground().getFills().get(dot.getBackground().getFills().size() - 1).getFill())
                .as("the dot is drawn in the ring's colour, not the background's")
                .isEqualTo(radio.getBackground().getFills().get(0).getFill())
                .isNotEqualTo(radio.getBackground().getFills().get(1).getFill());
        wizard.shot("radio");
        RadioButton other = robot.lookup("#client-thunderbird").queryAs(RadioButton.class);
        javafx.scene.layout.Region otherDot = (javafx.scene.layout.Region) other.lookup(".dot");
        assertThat(otherDot.getBackground() == null || otherDot.getBackground().getFills().stream()
                .allMatch(f -> f.getFill().equals(javafx.scene.paint.Color.TRANSPARENT)))
                .as("an unchosen radio has no dot").isTrue();

        show(robot, wizard, Page.MAIL_AGAIN);
        CheckBox box = robot.lookup((Node n) -> n instanceof CheckBox).queryAs(CheckBox.class);
        robot.interact(() -> box.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region frame = (javafx.scene.layout.Region) box.lookup(".box");
        javafx.scene.layout.Region mark = (javafx.scene.layout.Region) box.lookup(".mark");
        assertThat(mark.getWidth()).as("the tick grows with the text").isGreaterThanOrEqualTo(0.6 * em);
        assertThat(mark.getWidth() / frame.getWidth()).as("the tick's share of its box").isBetween(0.5, 0.8);
        wizard.reveal(box);
        wizard.shot("tick");
    }

    @Test
    void that_values_to_copy_show_in_the_fixed_width_family_this_machine_has(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE);
        show(robot, wizard, Page.SETTINGS);
        List<Node> values = robot.lookup(".mono").queryAll().stream().filter(LargeTextAndKeyboardTest::showing).toList();
        assertThat(values).isNotEmpty();
        for (Node value : values) {
            javafx.scene.text.Font font = value instanceof Labeled l ? l.getFont()
                    : ((javafx.scene.control.TextInputControl) value).getFont();
            assertThat(font.getFamily()).as("%s", describe(value)).isEqualTo(MonospaceFont.family());
        }
        assertThat(javafx.scene.text.Font.getFamilies()).contains(MonospaceFont.family());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void that_tab_reaches_every_control_and_the_text_after_the_last_one_on_every_page(String lang, FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.forLanguageTag(lang));
        largest(robot, wizard);
        List<String> missed = new ArrayList<>();
        for (Page page : Page.values()) {
            show(robot, wizard, page);
            Set<Node> expected = new LinkedHashSet<>(reachable(stage.getScene()));
            Set<Node> seen = new LinkedHashSet<>();
            for (int i = 0; i < expected.size() + 5; i++) {
                robot.type(KeyCode.TAB);
                Node owner = stage.getScene().getFocusOwner();
                seen.add(owner);
                if (owner != null && isInsidePage(owner)) {
                    assertThat(inView(owner)).as("%s: %s is scrolled into view", page, describe(owner)).isTrue();
                }
            }
            expected.removeAll(seen);
            // Radio buttons of one group are one stop for Tab (the arrow keys move inside the group), as on Windows.
            expected.removeIf(n -> n instanceof RadioButton r && r.getToggleGroup() != null
                    && seen.stream().anyMatch(s -> s instanceof RadioButton o && o.getToggleGroup() == r.getToggleGroup()));
            expected.forEach(n -> missed.add(page + ": " + describe(n)));
        }
        assertThat(missed).as("controls Tab never reached").isEmpty();
    }

    /**
     * Text that is filled in or built after the page shows, and instructions with no control of their own, are Tab
     * stops and come into view (walk F11, F17, F23): the 9-or-more-characters note on the account page, the
     * instructions above each 「設定しました」 box, and the password card of the settings page.
     */
    @Test
    void that_notes_shown_later_and_instructions_without_a_control_are_reached_by_tab(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE);
        largest(robot, wizard);
        robot.interact(() -> wizard.window().composition().pages().account()
                .typePassword(Secret.of("abcdefghijkl")));
        show(robot, wizard, Page.ACCOUNT);
        Label advice = robot.lookup("#passwordAdvice").queryAs(Label.class);
        assertThat(advice.isVisible()).as("the 9-or-more note shows").isTrue();
        assertTabReaches(robot, Page.ACCOUNT, advice);

        robot.interact(() -> wizard.window().composition().pages().client().retentionProperty()
                .set(RetentionChoice.KEEP_ON_SERVER));
        show(robot, wizard, Page.CLIENT);
        List<Node> instructions = robot.lookup(".setting-card .setting-label").queryAll().stream()
                .filter(LargeTextAndKeyboardTest::showing).map(Node.class::cast).toList();
        assertThat(instructions).as("both cards show their screen label").hasSize(2);
        for (Node instruction : instructions) {
            assertTabReaches(robot, Page.CLIENT, instruction);
        }

        show(robot, wizard, Page.SETTINGS);
        Label password = robot.lookup(".setting-value").queryAll().stream().map(Label.class::cast)
                .filter(l -> l.getText().contains("8文字目まで")).findFirst().orElseThrow();
        assertTabReaches(robot, Page.SETTINGS, password);
        assertThat(password.getAccessibleText()).contains("8文字目まで");
    }

    /** The Done page opens on its first offer, never on Finish: Enter there would close the app unseen (F26). */
    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void that_the_done_page_opens_on_its_first_offer_not_on_finish(String lang, FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.forLanguageTag(lang));
        show(robot, wizard, Page.DONE);
        Node owner = stage.getScene().getFocusOwner();
        assertThat(owner).as("focus on the first offer, not on %s", describe(owner))
                .isSameAs(robot.lookup("#firstOffer .button").query());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("Enter did not close the window").isTrue();
        // Enter pressed the first offer (the printable sheet for Outlook): the focus stays on it and the outcome
        // shows right under it (walk F27).
        Label nextToIt = robot.lookup("#firstOfferResult").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, nextToIt::isVisible);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the outcome never showed under the first offer", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(owner);
        assertThat(nextToIt.getText()).contains(".html");
    }

    private void assertTabReaches(FxRobot robot, Page page, Node target) {
        for (int i = 0; i < 80 && stage.getScene().getFocusOwner() != target; i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(stage.getScene().getFocusOwner()).as("%s: Tab reaches %s", page, describe(target)).isSameAs(target);
        assertThat(inView(target)).as("%s: %s is scrolled into view", page, describe(target)).isTrue();
    }

    @Test
    void that_the_settings_page_end_is_reachable_by_tab_page_down_and_ctrl_end(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE);
        largest(robot, wizard);
        show(robot, wizard, Page.SETTINGS);
        Label legend = robot.lookup("#legend").queryAs(Label.class);
        Label scope = robot.lookup("#scope").queryAs(Label.class);
        assertThat(legend.isFocusTraversable()).isTrue();
        assertThat(scope.isFocusTraversable()).isTrue();
        ScrollPane scroll = robot.lookup("#pageScroll").queryAs(ScrollPane.class);
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).isEqualTo(scroll.getVmax());
        assertThat(inView(scope)).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).isEqualTo(scroll.getVmin());
        for (int i = 0; i < 40 && scroll.getVvalue() < scroll.getVmax(); i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertThat(scroll.getVvalue()).as("Page Down reaches the end").isEqualTo(scroll.getVmax());
    }

    @Test
    void that_ctrl_plus_zooms_with_shift_held_on_us_and_japanese_layouts(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE);
        var percent = wizard.window().composition().display().textPercentProperty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(percent.get()).as("Ctrl+Shift+= (US)").isEqualTo(115);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.SEMICOLON).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(percent.get()).as("Ctrl+Shift+; (JIS)").isEqualTo(130);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(percent.get()).isEqualTo(115);
        Button bigger = robot.lookup("#biggerButton").queryButton();
        assertThat(bigger.getAccessibleText()).startsWith("文字を大きくする");
        assertThat(bigger.getTooltip().getText()).isEqualTo(bigger.getAccessibleText());
        assertThat(robot.lookup("#smallerButton").queryButton().getTooltip().getText()).startsWith("文字を小さくする");
    }

    @Test
    void that_a_mnemonic_selects_a_choice_and_enter_presses_the_focused_button(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE);
        RadioButton mailSoftware = robot.lookup("#mailSoftware").queryAs(RadioButton.class);
        assertThat(mailSoftware.isSelected()).isFalse();
        robot.press(KeyCode.ALT).type(KeyCode.M).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mailSoftware.isSelected()).as("Alt+M selects the choice").isTrue();
        assertThat(mailSoftware.isFocused()).isTrue();
        assertThat(mailSoftware.getAccessibleHelp()).contains("Enter");

        show(robot, wizard, Page.SETTINGS);
        Button copy = robot.lookup((Node n) -> n instanceof Button b && wizard.text("settings.copy").equals(b.getText()))
                .queryButton();
        robot.interact(copy::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.page()).as("Enter on Copy copies; it does not go Next").isEqualTo(Page.SETTINGS);
        assertThat(copy.getText()).isEqualTo(wizard.text("shell.copied"));
        assertThat(copy.getAccessibleText()).startsWith("コピーしました：");
        javafx.scene.Parent row = copy.getParent();
        assertThat(row.getChildrenUnmodifiable()).as("the Copy button stays beside its value").hasSize(2);
    }

    /**
     * A page that is gone leaves no mnemonic behind: Alt+A on the English home screen ("Set up _another address")
     * works after the Japanese account page ("(_A)") was shown and the language switched; in the walk it did nothing
     * until the window was rebuilt once more.
     */
    @Test
    void that_a_mnemonic_of_a_page_no_longer_shown_does_not_take_the_key(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE);
        show(robot, wizard, Page.ACCOUNT);
        robot.interact(() -> wizard.window().composition().shell().switchLanguage());
        WaitForAsyncUtils.waitForFxEvents();
        show(robot, wizard, Page.DONE);
        show(robot, wizard, Page.SETTINGS);
        show(robot, wizard, Page.HOME);
        String mnemonics = stage.getScene().getMnemonics().toString();
        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.page()).as("Alt+A: set up another address (mnemonics %s)", mnemonics).isEqualTo(Page.WELCOME);
    }

    @Test
    void that_a_disabled_next_says_why_and_a_language_switch_keeps_the_focus(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE);
        Label waits = robot.lookup("#nextWaits").queryAs(Label.class);
        Button next = robot.lookup("#nextButton").queryButton();
        assertThat(next.isDisabled()).isTrue();
        assertThat(waits.isVisible()).isTrue();
        assertThat(waits.getText()).isEqualTo(wizard.text("shell.nextWaits.WELCOME"));
        assertThat(next.getAccessibleHelp()).isEqualTo(waits.getText());
        robot.interact(() -> robot.lookup("#mailSoftware").queryAs(RadioButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(waits.isVisible()).as("gone once Next can be pressed").isFalse();

        robot.interact(() -> robot.lookup("#mailSoftware").query().requestFocus());
        robot.interact(() -> wizard.window().composition().shell().switchLanguage());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.focusOwner()).isEqualTo("RadioButton#mailSoftware");
    }

    /** No two showing controls (buttons, fields, choices) lie over each other, as the Done page's buttons once did. */
    private static void overlaps(Scene scene, Page page, List<String> problems) {
        List<Node> controls = scene.getRoot().lookupAll("*").stream()
                .filter(n -> n instanceof Control && !(n instanceof Label) && !(n instanceof ScrollPane)
                        && !(n instanceof javafx.scene.control.ScrollBar) && showing(n))
                .toList();
        ScrollPane scroll = (ScrollPane) scene.lookup("#pageScroll");
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        List<Bounds> shown = new ArrayList<>();
        for (Node control : controls) {
            Bounds b = control.localToScene(control.getLayoutBounds());
            if (isInside(control, scroll)) { // a page's control is seen only through the page's view
                double top = Math.max(b.getMinY(), view.getMinY());
                double bottom = Math.min(b.getMaxY(), view.getMaxY());
                b = new javafx.geometry.BoundingBox(b.getMinX(), top, b.getWidth(), Math.max(0, bottom - top));
            }
            shown.add(b);
        }
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                // Two controls of the page: compared over the whole page; a page's control and one of the
                // window's: only the part seen through the page's view.
                boolean bothInPage = isInside(controls.get(i), scroll) && isInside(controls.get(j), scroll);
                Bounds a = bothInPage ? controls.get(i).localToScene(controls.get(i).getLayoutBounds()) : shown.get(i);
                Bounds b = bothInPage ? controls.get(j).localToScene(controls.get(j).getLayoutBounds()) : shown.get(j);
                if (a.getHeight() == 0 || b.getHeight() == 0 || isInside(controls.get(i), controls.get(j))
                        || isInside(controls.get(j), controls.get(i))) {
                    continue;
                }
                boolean apart = a.getMaxX() <= b.getMinX() + 1 || b.getMaxX() <= a.getMinX() + 1
                        || a.getMaxY() <= b.getMinY() + 1 || b.getMaxY() <= a.getMinY() + 1;
                if (!apart) {
                    problems.add(page + ": " + describe(controls.get(i)) + " overlaps " + describe(controls.get(j)));
                }
            }
        }
    }

    /** The focusable, enabled, showing controls and readable texts of the window. */
    private static List<Node> reachable(Scene scene) {
        return scene.getRoot().lookupAll("*").stream()
                .filter(n -> n.isFocusTraversable() && !n.isDisabled() && showing(n)
                        && (n instanceof Control))
                .toList();
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static boolean cutOff(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return false;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && text.getText() != null) {
                String shown = text.getText();
                String ellipsis = labeled.getEllipsisString();
                return shown.endsWith(ellipsis) && !full.endsWith(ellipsis) || shown.isEmpty();
            }
        }
        return false;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private boolean isInsidePage(Node node) {
        Node content = ((ScrollPane) stage.getScene().lookup("#pageScroll")).getContent();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }

    private boolean inView(Node node) {
        ScrollPane scroll = (ScrollPane) stage.getScene().lookup("#pageScroll");
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= view.getMinY() - 1 && b.getMinY() < view.getMaxY();
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }
}
