package io.github.ocnmailsetup.ui;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.ui.flow.Page;
import io.github.ocnmailsetup.ui.flow.WizardFlow;
import io.github.ocnmailsetup.ui.page.Navigator;
import io.github.ocnmailsetup.ui.page.PageAnswers;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The frame's state: the page showing, where Next and Back go ({@link WizardFlow}), the language, the window's
 * title, and whether the wizard has reached its last page once (then a later run opens the home screen).
 */
public final class ShellViewModel implements Navigator {

    private final WizardFlow flow;
    private final PageAnswers answers;
    private final Runnable dropPassword;
    private final boolean demo;
    private final ReadOnlyObjectWrapper<Locale> locale;
    private final ReadOnlyObjectWrapper<Page> page;
    private boolean finished;

    /**
     * @param start          the language to start in
     * @param flow           where Next and Back go, from the page it starts on
     * @param answers        the pages' answers, for what Next waits for
     * @param finishedBefore whether an earlier run reached the last page
     * @param demo           true in {@code --demo}: the title says so
     * @param dropPassword   drops the password when the user starts over
     */
    public ShellViewModel(Locale start, WizardFlow flow, PageAnswers answers, boolean finishedBefore, boolean demo,
            Runnable dropPassword) {
        this.flow = flow;
        this.answers = answers;
        this.dropPassword = dropPassword;
        this.demo = demo;
        this.finished = finishedBefore;
        this.locale = new ReadOnlyObjectWrapper<>(I18n.supported(start));
        this.page = new ReadOnlyObjectWrapper<>(flow.current());
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale.getReadOnlyProperty();
    }

    public Locale locale() {
        return locale.get();
    }

    /** Japanese ↔ English; the window builds its views again in the other language, the answers stay. */
    public void switchLanguage() {
        locale.set(Locale.JAPANESE.equals(locale.get()) ? Locale.ENGLISH : Locale.JAPANESE);
    }

    /** The window's title in its language, marked in the demo. */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> {
            String title = UiText.get(locale.get(), "app.title");
            return demo ? title + " " + UiText.get(locale.get(), "app.demoSuffix") : title;
        }, locale);
    }

    /** The page showing now. */
    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public WizardFlow flow() {
        return flow;
    }

    /** Whether Next may be pressed on a page. */
    public BooleanExpression answeredBinding(Page p) {
        return answers.answeredBinding(p);
    }

    /** Whether the wizard has reached its last page once, now or in an earlier run. */
    public boolean finished() {
        return finished;
    }

    /** Next: to the page the flow chooses. */
    @Override
    public void next() {
        if (flow.next()) {
            moved();
        }
    }

    @Override
    public boolean hasNext() {
        return flow.hasNext();
    }

    @Override
    public void back() {
        if (flow.back()) {
            moved();
        }
    }

    @Override
    public void goTo(Page target) {
        flow.goTo(target);
        moved();
    }

    /** "Set up again": the wizard from its first page; the password is dropped, the other answers kept. */
    @Override
    public void startOver() {
        dropPassword.run();
        flow.restart(Page.WELCOME);
        moved();
    }

    private void moved() {
        if (flow.current() == Page.DONE) {
            finished = true;
        }
        page.set(flow.current());
    }
}
