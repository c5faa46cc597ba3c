package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.clients.UndoResult.ChangedSetting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Undoes the applies recorded in a profile. Thunderbird rewrites prefs.js at every exit (sorted, new header, its
 * own new preferences), so Undo puts back exactly the settings the apply changed, and the folder references it
 * moved, and keeps everything written since. A file nobody touched since goes back byte for byte from its backup.
 * Undo refuses, listing them, only when a setting the apply changed was changed again; {@code force} then
 * restores the backups' bytes. Every path comes from the record and is checked by {@link ProfilePaths}.
 */
final class ProfileUndo {

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(ProfileUndo.class);
    }

    private final ProcessChecker processes;

    ProfileUndo(ProcessChecker processes) {
        this.processes = processes;
    }

    /** A file and the bytes Undo writes to it. */
    private record Restore(Path file, byte[] content, Map<String, @Nullable PrefValue> expected) {
    }

    /** Thrown when the undo cannot go on; the reason is for the user. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient UndoResult result;

        Refused(UndoResult result) {
            this.result = result;
        }
    }

    UndoResult undo(Path profile, boolean force) {
        try (ProfileLock lock = ProfileLock.acquire(profile, processes)) {
            if (lock == null) {
                return new UndoResult.ThunderbirdRunning();
            }
            ApplyJournal.recover(profile);
            UndoRecord record = UndoRecord.read(profile, UndoRecord.FILE_NAME);
            if (record == null || record.entries().isEmpty()) {
                return new UndoResult.NothingToUndo();
            }
            List<ChangedSetting> conflicts = new ArrayList<>();
            List<Restore> restores = new ArrayList<>();
            for (UndoRecord.Entry entry : record.entries()) {
                Restore restore = force ? backupOf(entry) : restoreFor(entry, conflicts);
                if (restore != null) {
                    restores.add(restore);
                }
            }
            if (!conflicts.isEmpty() && !force) {
                return new UndoResult.ChangedSinceApply(conflicts);
            }
            return write(profile, restores);
        } catch (UndoRecord.Invalid e) {
            return new UndoResult.Failed(e.reason());
        } catch (Refused e) {
            return e.result;
        }
    }

    /** The backup's bytes, after checking they are what the record says was there before the apply. */
    private static Restore backupOf(UndoRecord.Entry entry) throws Refused {
        byte[] old = ApplyJournal.readOrNull(entry.backup());
        if (old == null) {
            throw new Refused(new UndoResult.Failed(ClientText.of("undo.failed.noBackup", entry.backup())));
        }
        if (!FileHash.matches(entry.hashBefore(), old)) {
            throw new Refused(new UndoResult.Failed(ClientText.of("undo.failed.backupChanged", entry.backup())));
        }
        return new Restore(entry.file(), old, Map.of());
    }

    private static @Nullable Restore restoreFor(UndoRecord.Entry entry, List<ChangedSetting> conflicts)
            throws Refused {
        byte[] now = ApplyJournal.readOrNull(entry.file());
        if (now != null && FileHash.matches(entry.hashAfter(), now)) {
            return backupOf(entry);
        }
        if (now != null && FileHash.matches(entry.hashBefore(), now)) {
            return null;
        }
        if (now != null && !entry.prefs().isEmpty()) {
            return settingsOf(entry, now, conflicts);
        }
        if (now != null && !entry.moves().isEmpty()) {
            byte[] back = FilterEdits.undo(now, entry.moves());
            return java.util.Arrays.equals(back, now) ? null : new Restore(entry.file(), back, Map.of());
        }
        conflicts.add(new ChangedSetting(entry.file().toString(), null, null));
        return null;
    }

    /** prefs.js as it is now, with the settings the apply changed put back where they still hold its values. */
    private static @Nullable Restore settingsOf(UndoRecord.Entry entry, byte[] now, List<ChangedSetting> conflicts)
            throws Refused {
        PrefsFile current;
        try {
            current = PrefsFile.parse(now);
        } catch (PrefsSyntaxError e) {
            throw new Refused(new UndoResult.Failed(e.describe(entry.file())));
        }
        Map<String, @Nullable PrefValue> back = new LinkedHashMap<>();
        for (PrefChange change : entry.prefs()) {
            PrefValue value = current.userValue(change.name()).orElse(null);
            if (change.stillApplied(value)) {
                back.put(change.name(), change.before());
            } else if (!change.alreadyUndone(value)) {
                conflicts.add(new ChangedSetting(change.name(), display(change.after()), display(value)));
            }
        }
        return back.isEmpty() ? null : new Restore(entry.file(), current.with(back).bytes(), back);
    }

    private static @Nullable String display(@Nullable PrefValue value) {
        return value == null ? null : value.display();
    }

    private static UndoResult write(Path profile, List<Restore> restores) {
        List<Path> restored = new ArrayList<>();
        for (Restore restore : restores) {
            try {
                SafeFiles.writeAtomically(restore.file(), restore.content());
                if (!SafeFiles.holds(restore.file(), restore.content()) || !holdsValues(restore)) {
                    throw new IOException("read-back differs");
                }
                restored.add(restore.file());
            } catch (IOException e) {
                log().warn("Undo could not restore {} ({})", restore.file().getFileName(), e.getClass().getSimpleName());
                return new UndoResult.Failed(ClientText.of("undo.failed.write", restore.file()));
            }
        }
        try {
            UndoRecord.delete(profile, UndoRecord.FILE_NAME);
        } catch (IOException e) {
            log().warn("Undo restored the files but could not delete {}", UndoRecord.FILE_NAME);
        }
        log().info("Undo restored {} file(s) of a Thunderbird profile", restored.size());
        return new UndoResult.Restored(restored);
    }

    private static boolean holdsValues(Restore restore) {
        if (restore.expected().isEmpty()) {
            return true;
        }
        try {
            PrefsFile back = PrefsFile.parse(restore.content());
            return restore.expected().entrySet().stream().allMatch(
                    e -> Objects.equals(back.userValue(e.getKey()).orElse(null), e.getValue()));
        } catch (PrefsSyntaxError e) {
            return false;
        }
    }
}
