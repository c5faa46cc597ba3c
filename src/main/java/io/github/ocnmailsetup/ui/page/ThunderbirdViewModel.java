package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.clients.ApplyResult;
import io.github.ocnmailsetup.clients.ThunderbirdPlan;
import io.github.ocnmailsetup.clients.ThunderbirdSetup;
import io.github.ocnmailsetup.clients.UndoResult;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.ui.UiText;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Page 7's "apply these settings to Thunderbird for me": for Thunderbird users whose profile has the OCN POP
 * account, the before → after plan, the apply (with backup, only while Thunderbird is closed) and Undo, through
 * {@link ThunderbirdSetup}. The notice's settings are what it applies (「2)暗号化に関する設定」).
 */
public final class ThunderbirdViewModel {

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(ThunderbirdViewModel.class);
    }

    private final ThunderbirdSetup setup;
    private final AccountViewModel account;
    private final ClientViewModel client;

    public ThunderbirdViewModel(ThunderbirdSetup setup, AccountViewModel account, ClientViewModel client) {
        this.setup = setup;
        this.account = account;
        this.client = client;
    }

    /** The plan for the first profile with the account, when the user chose Thunderbird; empty otherwise. */
    public Optional<ThunderbirdPlan> plan() {
        Optional<OcnAddress> address = account.address();
        if (client.clientProperty().get() != MailClient.THUNDERBIRD || address.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<ThunderbirdPlan> plans = setup.planEverywhere(address.get());
            return plans.stream().findFirst();
        } catch (RuntimeException e) {
            log().warn("Could not look for Thunderbird profiles: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Applies the plan; the outcome in words. */
    public Text apply(ThunderbirdPlan plan) {
        ApplyResult result = setup.apply(plan);
        if (result instanceof ApplyResult.Applied applied) {
            return UiText.of("tb.applied", applied.files().size());
        }
        if (result instanceof ApplyResult.NothingToChange) {
            return UiText.of("tb.nothingToChange");
        }
        if (result instanceof ApplyResult.Failed failed) {
            return failed.reason();
        }
        return UiText.of(result instanceof ApplyResult.ThunderbirdRunning ? "tb.running" : "tb.changedSincePlan");
    }

    /** What to say after an apply: the password is asked once more (first 8 characters), mail comes again. */
    public List<Text> afterApply() {
        return List.of(ThunderbirdSetup.passwordAdvice(), ThunderbirdSetup.redownloadAdvice());
    }

    public boolean canUndo(ThunderbirdPlan plan) {
        return setup.canUndo(plan.profile());
    }

    /** Puts back the files of the last apply; the outcome in words. */
    public Text undo(ThunderbirdPlan plan) {
        UndoResult result = setup.undo(plan.profile(), false);
        if (result instanceof UndoResult.Restored restored) {
            return UiText.of("tb.restored", restored.files().size());
        }
        if (result instanceof UndoResult.Failed failed) {
            return failed.reason();
        }
        return UiText.of(result instanceof UndoResult.ThunderbirdRunning ? "tb.running"
                : result instanceof UndoResult.ChangedSinceApply ? "tb.changedSinceApply" : "tb.nothingToUndo");
    }
}
