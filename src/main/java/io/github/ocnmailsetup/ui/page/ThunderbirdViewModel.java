package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.clients.ApplyResult;
import io.github.ocnmailsetup.clients.PlanResult;
import io.github.ocnmailsetup.clients.ThunderbirdPlan;
import io.github.ocnmailsetup.clients.ThunderbirdSetup;
import io.github.ocnmailsetup.clients.UndoResult;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Page 7's "apply these settings to Thunderbird for me": for Thunderbird users whose profile has the OCN POP
 * account, the before → after plan, the apply (with backup, only while Thunderbird is closed) and Undo, through
 * {@link ThunderbirdSetup}. Finding the profile, the apply and the undo read and write files, so they run off the
 * UI thread while {@link #busyProperty()} is true. The notice's settings are what it applies (「2)暗号化に関する設定」).
 */
public final class ThunderbirdViewModel {

    /** Where the search for a profile is; UNREADABLE: a profile exists but its files break their grammar. */
    public enum Search { NOT_STARTED, SEARCHING, FOUND, UNREADABLE, NONE }

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(ThunderbirdViewModel.class);
    }

    private final ThunderbirdSetup setup;
    private final AccountViewModel account;
    private final ClientViewModel client;
    private final Executor background;
    private final Executor uiThread;
    private final ReadOnlyObjectWrapper<Search> search = new ReadOnlyObjectWrapper<>(Search.NOT_STARTED);
    private final ReadOnlyObjectWrapper<@Nullable ThunderbirdPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<Text>> outcome = new ReadOnlyObjectWrapper<>(List.of());

    public ThunderbirdViewModel(ThunderbirdSetup setup, AccountViewModel account, ClientViewModel client,
            Executor background, Executor uiThread) {
        this.setup = setup;
        this.account = account;
        this.client = client;
        this.background = background;
        this.uiThread = uiThread;
    }

    /**
     * Looks for the first profile with the account, when the user chose Thunderbird; the page shows the search
     * and then the plan. Earlier outcomes are forgotten: the page is new.
     */
    public void findPlan() {
        Optional<OcnAddress> address = account.address();
        outcome.set(List.of());
        plan.set(null);
        if (client.clientProperty().get() != MailClient.THUNDERBIRD || address.isEmpty()) {
            search.set(Search.NONE);
            return;
        }
        search.set(Search.SEARCHING);
        busy.set(true);
        background.execute(() -> {
            List<PlanResult> results = lookEverywhere(address.get());
            Optional<ThunderbirdPlan> found = results.stream().flatMap(r -> ThunderbirdSetup.planIn(r).stream()).findFirst();
            Optional<Text> unreadable = results.stream().flatMap(r -> ThunderbirdSetup.whyUnreadable(r).stream()).findFirst();
            boolean undo = found.map(p -> setup.canUndo(p.profile())).orElse(false);
            uiThread.execute(() -> {
                plan.set(found.orElse(null));
                applied.set(found.map(ThunderbirdPlan::isAlreadyDone).orElse(false));
                undoAvailable.set(undo);
                busy.set(false);
                unreadable.filter(reason -> found.isEmpty())
                        .ifPresent(reason -> outcome.set(List.of(UiText.of("tb.unreadable"), reason)));
                search.set(found.isPresent() ? Search.FOUND
                        : unreadable.isPresent() ? Search.UNREADABLE : Search.NONE);
            });
        });
    }

    public ReadOnlyObjectProperty<Search> searchProperty() {
        return search.getReadOnlyProperty();
    }

    /** The plan found, or null (none yet, or none at all). */
    public ReadOnlyObjectProperty<@Nullable ThunderbirdPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** True while files are read or written off the UI thread. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the last apply can be undone. */
    public ReadOnlyBooleanProperty undoAvailableProperty() {
        return undoAvailable.getReadOnlyProperty();
    }

    /** Whether Thunderbird has the settings (applied now, or already before): Apply has nothing to do. */
    public ReadOnlyBooleanProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /** What came of the last apply or undo, in words; empty before. */
    public ReadOnlyObjectProperty<List<Text>> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Applies the plan found; after it, what to know: the password is asked once more, mail comes again. */
    public void apply() {
        ThunderbirdPlan found = plan.get();
        if (found == null || busy.get()) {
            return;
        }
        work(() -> {
            ApplyResult result = setup.apply(found);
            List<Text> words = new ArrayList<>();
            words.add(describe(result));
            words.add(ThunderbirdSetup.passwordAdvice());
            words.add(ThunderbirdSetup.redownloadAdvice());
            return words;
        }, true);
    }

    /** Puts back the files of the last apply. */
    public void undo() {
        ThunderbirdPlan found = plan.get();
        if (found == null || busy.get()) {
            return;
        }
        work(() -> List.of(describe(setup.undo(found.profile(), false))), false);
    }

    private void work(Supplier<List<Text>> task, boolean applying) {
        ThunderbirdPlan found = plan.get();
        busy.set(true);
        background.execute(() -> {
            List<Text> words = task.get();
            boolean undo = found != null && setup.canUndo(found.profile());
            uiThread.execute(() -> {
                outcome.set(List.copyOf(words));
                undoAvailable.set(undo);
                applied.set(applying);
                busy.set(false);
            });
        });
    }

    private List<PlanResult> lookEverywhere(OcnAddress address) {
        try {
            return setup.lookEverywhere(address);
        } catch (RuntimeException e) {
            log().warn("Could not look for Thunderbird profiles: {}", e.getClass().getSimpleName());
            return List.of();
        }
    }

    private static Text describe(ApplyResult result) {
        return result.match(new ApplyResult.Cases<>() {
            @Override
            public Text applied(ApplyResult.Applied applied) {
                return UiText.of("tb.applied", applied.files().size());
            }

            @Override
            public Text nothingToChange() {
                return UiText.of("tb.nothingToChange");
            }

            @Override
            public Text thunderbirdRunning() {
                return UiText.of("tb.running");
            }

            @Override
            public Text changedSincePlan(ApplyResult.ChangedSincePlan changed) {
                return UiText.of("tb.changedSincePlan");
            }

            @Override
            public Text failed(ApplyResult.Failed failed) {
                return failed.reason();
            }
        });
    }

    private static Text describe(UndoResult result) {
        return result.match(new UndoResult.Cases<>() {
            @Override
            public Text restored(UndoResult.Restored restored) {
                return UiText.of("tb.restored", restored.files().size());
            }

            @Override
            public Text nothingToUndo() {
                return UiText.of("tb.nothingToUndo");
            }

            @Override
            public Text changedSinceApply(UndoResult.ChangedSinceApply changed) {
                return UiText.of("tb.changedSinceApply");
            }

            @Override
            public Text thunderbirdRunning() {
                return UiText.of("tb.running");
            }

            @Override
            public Text failed(UndoResult.Failed failed) {
                return failed.reason();
            }
        });
    }
}
