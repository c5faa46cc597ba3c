package io.github.ocnmailsetup.clients;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a plan. Only while Thunderbird is closed; a timestamped backup next to every file touched; the undo
 * journal written before the first file is replaced, so a crash at any moment leaves a profile that Undo (or the
 * next apply) can put right; atomic writes; each file read back and checked; on any failure every file goes back.
 */
final class ProfileWriter {

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(ProfileWriter.class);
    }
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** Told when an apply passes a step (tests stop the process there to prove a crash loses nothing). */
    interface Steps {
        Steps NONE = step -> { };

        void reached(String step);
    }

    private final ProcessChecker processes;
    private final Clock clock;
    private final Steps steps;

    ProfileWriter(ProcessChecker processes, Clock clock, Steps steps) {
        this.processes = processes;
        this.clock = clock;
        this.steps = steps;
    }

    ApplyResult apply(ThunderbirdPlan plan) {
        Path profile = plan.profile().folder();
        if (plan.isAlreadyDone() && !ApplyJournal.exists(profile)) {
            return new ApplyResult.NothingToChange();
        }
        if (!plan.blockers().isEmpty()) {
            return new ApplyResult.Failed(plan.blockers().get(0), true);
        }
        try (ProfileLock lock = ProfileLock.acquire(profile, processes)) {
            if (lock == null) {
                log().info("Thunderbird is running with the profile; nothing applied");
                return new ApplyResult.ThunderbirdRunning();
            }
            if (ApplyJournal.recover(profile)) {
                // The plan was made from what an interrupted apply left: plan again from the profile as it is now.
                return new ApplyResult.ChangedSincePlan(List.of(plan.profile().prefsFile()));
            }
            List<Path> changed = changedSincePlan(plan);
            if (!changed.isEmpty()) {
                return new ApplyResult.ChangedSincePlan(changed);
            }
            UndoRecord previous = UndoRecord.read(profile, UndoRecord.FILE_NAME);
            return writeAll(plan, profile, previous == null ? null : previous.settled());
        } catch (UndoRecord.Invalid e) {
            // Writing over it would lose the way back to the settings before the earlier apply.
            return new ApplyResult.Failed(ClientText.of("apply.recordUnusable", UndoRecord.FILE_NAME), true);
        }
    }

    private ApplyResult writeAll(ThunderbirdPlan plan, Path profile, @Nullable UndoRecord previous) {
        String stamp = STAMP.format(clock.instant());
        List<Path> backups = new ArrayList<>();
        PlannedFile current = null;
        boolean journalWritten = false;
        try {
            for (PlannedFile file : plan.files()) {
                backups.add(SafeFiles.backup(file.file(), stamp));
                steps.reached("backup " + file.file().getFileName());
            }
            UndoRecord.merge(previous, plan.files(), backups, clock.instant().toString())
                    .write(profile, UndoRecord.JOURNAL_NAME);
            journalWritten = true;
            steps.reached("journal");
            for (PlannedFile file : plan.files()) {
                current = file;
                SafeFiles.writeAtomically(file.file(), file.contentAfter());
                steps.reached("write " + file.file().getFileName());
                verify(file);
            }
            current = null;
            ApplyJournal.commit(profile);
            steps.reached("commit");
            log().info("Applied the SSL settings to {} file(s) of a Thunderbird profile", plan.files().size());
            return new ApplyResult.Applied(plan.files().stream().map(PlannedFile::file).toList(), backups);
        } catch (IOException | VerifyFailed e) {
            String failedFile = current == null ? UndoRecord.FILE_NAME : current.file().getFileName().toString();
            log().warn("Applying failed at {} ({}); restoring the backups", failedFile, e.getClass().getSimpleName());
            boolean restored = restore(plan.files(), backups);
            if (restored) {
                if (journalWritten) {
                    deleteQuietly(List.of(profile.resolve(UndoRecord.JOURNAL_NAME)));
                }
                deleteQuietly(backups);
            }
            return new ApplyResult.Failed(ClientText.of(restored ? "apply.failed.restored" : "apply.failed.notRestored",
                    failedFile), restored);
        }
    }

    private static List<Path> changedSincePlan(ThunderbirdPlan plan) {
        List<Path> changed = new ArrayList<>();
        for (PlannedFile file : plan.files()) {
            try {
                if (!FileHash.matches(file.hashBefore(), Files.readAllBytes(file.file()))) {
                    changed.add(file.file());
                }
            } catch (IOException e) {
                changed.add(file.file());
            }
        }
        return changed;
    }

    private static void verify(PlannedFile file) throws IOException, VerifyFailed {
        byte[] written = Files.readAllBytes(file.file());
        if (!SafeFiles.holds(file.file(), file.contentAfter())) {
            throw new VerifyFailed();
        }
        if (file.expectedPrefs().isEmpty()) {
            return;
        }
        try {
            PrefsFile readBack = PrefsFile.parse(written);
            for (Map.Entry<String, @Nullable PrefValue> expected : file.expectedPrefs().entrySet()) {
                if (!Objects.equals(readBack.userValue(expected.getKey()).orElse(null), expected.getValue())) {
                    throw new VerifyFailed();
                }
            }
        } catch (PrefsSyntaxError e) {
            throw new VerifyFailed();
        }
    }

    /** Puts every file whose backup exists back from it; true when all of them hold their old bytes again. */
    private static boolean restore(List<PlannedFile> files, List<Path> backups) {
        boolean all = true;
        for (int i = 0; i < backups.size(); i++) {
            Path file = files.get(i).file();
            try {
                byte[] old = Files.readAllBytes(backups.get(i));
                if (!SafeFiles.holds(file, old)) {
                    SafeFiles.writeAtomically(file, old);
                }
                all &= SafeFiles.holds(file, old);
            } catch (IOException e) {
                log().warn("Could not restore {} from its backup ({})", file.getFileName(), e.getClass().getSimpleName());
                all = false;
            }
        }
        return all;
    }

    static void deleteQuietly(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover identical copy harms nothing.
            }
        }
    }

    /** The file read back does not hold what was written. */
    private static final class VerifyFailed extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
