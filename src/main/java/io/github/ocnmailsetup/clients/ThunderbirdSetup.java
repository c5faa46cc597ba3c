package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.MailProfile;
import io.github.ocnmailsetup.domain.NoticeSettingsTable;
import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.PasswordRule;
import io.github.ocnmailsetup.domain.RetentionChoice;
import io.github.ocnmailsetup.domain.Text;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the notice's SSL settings to an installed Thunderbird, the way its own Account Settings would: finds
 * the profiles and the OCN POP account, plans every change (before → after), applies only while Thunderbird is
 * closed, with backups and verification, and undoes. The one entry point for the wizard and the command.
 * It never reads or writes Thunderbird's password store (logins.json, key4.db).
 */
public final class ThunderbirdSetup {

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(ThunderbirdSetup.class);
    }

    private final ThunderbirdEnvironment environment;
    private final OcnSettings settings;
    private final ThunderbirdPlanner planner;
    private final ProfileWriter writer;
    private final ProfileUndo undo;
    private final ProcessChecker processes;

    public ThunderbirdSetup(ThunderbirdEnvironment environment, OcnSettings settings, ProcessChecker processes,
            Clock clock) {
        this(environment, settings, processes, clock, ProfileWriter.Steps.NONE);
    }

    ThunderbirdSetup(ThunderbirdEnvironment environment, OcnSettings settings, ProcessChecker processes,
            Clock clock, ProfileWriter.Steps steps) {
        this.environment = environment;
        this.settings = settings;
        this.planner = new ThunderbirdPlanner(settings);
        this.writer = new ProfileWriter(processes, clock, steps);
        this.undo = new ProfileUndo(processes);
        this.processes = processes;
    }

    /** The profiles listed in profiles.ini in this system's usual places (Windows, macOS, Linux, snap, flatpak). */
    public List<ThunderbirdProfile> findProfiles() {
        return ProfileFinder.find(environment);
    }

    /** The profile in a folder the user named (a profile folder, or a folder with profiles.ini). */
    public ThunderbirdProfile profileAt(Path folder) {
        return ProfileFinder.atFolder(folder);
    }

    /**
     * The plan for the address in one profile, to the values of the notice's table for it; nothing is written.
     * Thunderbird keeps its own old values and its choice to keep mail on the server, so the table needs only the
     * address.
     */
    public PlanResult plan(ThunderbirdProfile profile, OcnAddress address) {
        NoticeSettingsTable table = NoticeSettingsTable.of(
                MailProfile.of(address, settings, RetentionChoice.KEEP_ON_SERVER));
        PlanResult result = planner.plan(profile, table);
        log().info("Thunderbird plan for {}: {}", address.masked(), result.match(new PlanResult.Cases<String>() {
            @Override
            public String planned(PlanResult.Planned planned) {
                ThunderbirdPlan found = planned.plan();
                return found.accounts().size() + " account(s), " + found.files().size() + " file(s) to change, version "
                        + found.version().version();
            }

            @Override
            public String noAccount(PlanResult.NoAccount noAccount) {
                return "no POP account in a profile";
            }

            @Override
            public String unreadable(PlanResult.Unreadable unreadable) {
                return "a profile could not be read";
            }
        }));
        return result;
    }

    /** The plan where one was made; none for a profile without the account or one that cannot be read. */
    private static final PlanResult.Cases<Optional<ThunderbirdPlan>> FOUND_PLAN = new PlanResult.Cases<>() {
        @Override
        public Optional<ThunderbirdPlan> planned(PlanResult.Planned planned) {
            return Optional.of(planned.plan());
        }

        @Override
        public Optional<ThunderbirdPlan> noAccount(PlanResult.NoAccount noAccount) {
            return Optional.empty();
        }

        @Override
        public Optional<ThunderbirdPlan> unreadable(PlanResult.Unreadable unreadable) {
            return Optional.empty(); // logged by plan(); the command and the wizard say why (lookEverywhere)
        }
    };

    /** The plans for the address in every profile found that has its account. */
    public List<ThunderbirdPlan> planEverywhere(OcnAddress address) {
        List<ThunderbirdPlan> plans = new ArrayList<>();
        for (PlanResult result : lookEverywhere(address)) {
            result.match(FOUND_PLAN).ifPresent(plans::add);
        }
        return plans;
    }

    /** The plan a look found, for a profile that has the account; empty for the other cases. */
    public static Optional<ThunderbirdPlan> planIn(PlanResult result) {
        return result.match(FOUND_PLAN);
    }

    /** Why a profile could not be read (a syntax error's line), for a profile that could not; empty otherwise. */
    public static Optional<Text> whyUnreadable(PlanResult result) {
        return result.match(UNREADABLE_REASON);
    }

    private static final PlanResult.Cases<Optional<Text>> UNREADABLE_REASON = new PlanResult.Cases<>() {
        @Override
        public Optional<Text> planned(PlanResult.Planned planned) {
            return Optional.empty();
        }

        @Override
        public Optional<Text> noAccount(PlanResult.NoAccount noAccount) {
            return Optional.empty();
        }

        @Override
        public Optional<Text> unreadable(PlanResult.Unreadable unreadable) {
            return Optional.of(unreadable.reason());
        }
    };

    /** What looking for the address found in every profile, unreadable ones included (the wizard names their fault). */
    public List<PlanResult> lookEverywhere(OcnAddress address) {
        List<PlanResult> results = new ArrayList<>();
        for (ThunderbirdProfile profile : findProfiles()) {
            results.add(plan(profile, address));
        }
        return results;
    }

    /** Writes the plan, if Thunderbird is closed and the files are still as planned. */
    public ApplyResult apply(ThunderbirdPlan plan) {
        return writer.apply(plan);
    }

    /**
     * Puts back the settings the applies changed and keeps what Thunderbird wrote since; refuses when one of them
     * was changed again. {@code force}: restores the backups' bytes instead.
     */
    public UndoResult undo(ThunderbirdProfile profile, boolean force) {
        return undo.undo(profile.folder(), force);
    }

    /** Whether the profile has an apply (or an interrupted one) that Undo can take back. */
    public boolean canUndo(ThunderbirdProfile profile) {
        if (ApplyJournal.exists(profile.folder())) {
            return true;
        }
        try {
            UndoRecord record = UndoRecord.read(profile.folder(), UndoRecord.FILE_NAME);
            return record != null && !record.entries().isEmpty();
        } catch (UndoRecord.Invalid | RuntimeException e) {
            // A record that cannot be read still means an apply happened: undo() then names the problem.
            return true;
        }
    }

    /** Whether Thunderbird is running with this profile now (a stale lock does not count). */
    public boolean isInUse(ThunderbirdProfile profile) {
        return ProfileLock.isInUse(profile.folder(), processes);
    }

    /**
     * What to tell the user after an apply: Thunderbird asks for the password once, because it stores passwords
     * per server; type only the first characters the notice allows (「*1 ... 8文字目までを入力」).
     */
    public static Text passwordAdvice() {
        return ClientText.of("advice.password", PasswordRule.bundled().maxLength());
    }

    /** What to tell the user about mail already received (「おことわり」), honestly for Thunderbird. */
    public static Text redownloadAdvice() {
        return ClientText.of("advice.redownload");
    }
}
