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
 * Applies a plan and undoes it. Only while Thunderbird is closed; a timestamped backup next to every file
 * touched; atomic writes; each file read back and checked; on any failure every file goes back as it was.
 */
final class ProfileWriter {

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(ProfileWriter.class);
    }
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final ProcessChecker processes;
    private final Clock clock;

    ProfileWriter(ProcessChecker processes, Clock clock) {
        this.processes = processes;
        this.clock = clock;
    }

    ApplyResult apply(ThunderbirdPlan plan) {
        if (plan.isAlreadyDone()) {
            return new ApplyResult.NothingToChange();
        }
        if (!plan.setByUserJs().isEmpty()) {
            return new ApplyResult.Failed(ClientText.of("apply.userJs", String.join(", ", plan.setByUserJs())), true);
        }
        Path profile = plan.profile().folder();
        try (ProfileLock lock = ProfileLock.acquire(profile, processes)) {
            if (lock == null) {
                log().info("Thunderbird is running with the profile; nothing applied");
                return new ApplyResult.ThunderbirdRunning();
            }
            List<Path> changed = changedSincePlan(plan);
            if (!changed.isEmpty()) {
                return new ApplyResult.ChangedSincePlan(changed);
            }
            return writeAll(plan, profile);
        }
    }

    private ApplyResult writeAll(ThunderbirdPlan plan, Path profile) {
        String stamp = STAMP.format(clock.instant());
        List<UndoRecord.Entry> done = new ArrayList<>();
        List<Path> backups = new ArrayList<>();
        PlannedFile current = null;
        try {
            for (PlannedFile file : plan.files()) {
                backups.add(SafeFiles.backup(file.file(), stamp));
            }
            for (int i = 0; i < plan.files().size(); i++) {
                current = plan.files().get(i);
                SafeFiles.writeAtomically(current.file(), current.contentAfter());
                done.add(new UndoRecord.Entry(current.file(), backups.get(i), FileHash.sha256(current.contentAfter())));
                verify(current);
            }
            current = null;
            new UndoRecord(clock.instant().toString(), done).write(profile);
            log().info("Applied the SSL settings to {} file(s) of a Thunderbird profile", done.size());
            return new ApplyResult.Applied(plan.files().stream().map(PlannedFile::file).toList(), backups);
        } catch (IOException | VerifyFailed e) {
            String failedFile = current == null ? UndoRecord.FILE_NAME : current.file().getFileName().toString();
            log().warn("Applying failed at {} ({}); restoring the backups", failedFile, e.getClass().getSimpleName());
            boolean restored = restore(plan.files(), backups);
            if (restored) {
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
                if (!FileHash.sha256(Files.readAllBytes(file.file())).equals(file.hashBefore())) {
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
        PrefsFile readBack = PrefsFile.parse(written);
        for (Map.Entry<String, @Nullable PrefValue> expected : file.expectedPrefs().entrySet()) {
            if (!Objects.equals(readBack.get(expected.getKey()).orElse(null), expected.getValue())) {
                throw new VerifyFailed();
            }
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

    UndoResult undo(Path profile, boolean force) {
        UndoRecord record;
        try {
            record = UndoRecord.read(profile);
        } catch (IOException | RuntimeException e) {
            return new UndoResult.Failed(ClientText.of("undo.failed.record", UndoRecord.FILE_NAME));
        }
        if (record == null || record.entries().isEmpty()) {
            return new UndoResult.NothingToUndo();
        }
        try (ProfileLock lock = ProfileLock.acquire(profile, processes)) {
            if (lock == null) {
                return new UndoResult.ThunderbirdRunning();
            }
            List<Path> changed = new ArrayList<>();
            for (UndoRecord.Entry entry : record.entries()) {
                if (!hashOf(entry.file()).equals(entry.hashAfter())) {
                    changed.add(entry.file());
                }
            }
            if (!changed.isEmpty() && !force) {
                return new UndoResult.ChangedSinceApply(changed);
            }
            return restoreAll(profile, record);
        }
    }

    private static UndoResult restoreAll(Path profile, UndoRecord record) {
        for (UndoRecord.Entry entry : record.entries()) {
            if (!Files.isRegularFile(entry.backup())) {
                return new UndoResult.Failed(ClientText.of("undo.failed.noBackup", entry.backup()));
            }
        }
        List<Path> restored = new ArrayList<>();
        for (UndoRecord.Entry entry : record.entries()) {
            try {
                byte[] old = Files.readAllBytes(entry.backup());
                SafeFiles.writeAtomically(entry.file(), old);
                if (!SafeFiles.holds(entry.file(), old)) {
                    throw new IOException("read-back differs");
                }
                restored.add(entry.file());
            } catch (IOException e) {
                log().warn("Undo could not restore {} ({})", entry.file().getFileName(), e.getClass().getSimpleName());
                return new UndoResult.Failed(ClientText.of("undo.failed.write", entry.file(), entry.backup()));
            }
        }
        try {
            UndoRecord.delete(profile);
        } catch (IOException e) {
            log().warn("Undo restored the files but could not delete {}", UndoRecord.FILE_NAME);
        }
        log().info("Undo restored {} file(s) of a Thunderbird profile", restored.size());
        return new UndoResult.Restored(restored);
    }

    private static String hashOf(Path file) {
        try {
            return FileHash.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteQuietly(List<Path> files) {
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
