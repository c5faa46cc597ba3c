package io.github.ocnmailsetup.clients;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal of an apply under way: the undo record as it will be after the apply, written before the first
 * file is replaced and moved over the record in one step once every file is written and checked. A journal found
 * later means the apply was interrupted (a crash, kill -9, power cut); {@link #recover} then finishes it (every
 * file already new) or takes it back (the files it had replaced get their backup again), so the profile is either
 * as before that apply or as after it, with a record that undoes it.
 */
final class ApplyJournal {

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(ApplyJournal.class);
    }

    private ApplyJournal() {
    }

    /** The apply is complete: the journal becomes the undo record. */
    static void commit(Path profile) throws IOException {
        Files.move(profile.resolve(UndoRecord.JOURNAL_NAME), profile.resolve(UndoRecord.FILE_NAME),
                StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Whether an interrupted apply left its journal. */
    static boolean exists(Path profile) {
        return Files.exists(profile.resolve(UndoRecord.JOURNAL_NAME), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Finishes or takes back an interrupted apply; call with the profile locked. False when there was none.
     */
    static boolean recover(Path profile) throws UndoRecord.Invalid {
        UndoRecord journal = UndoRecord.read(profile, UndoRecord.JOURNAL_NAME);
        if (journal == null) {
            return false;
        }
        List<UndoRecord.Entry> replaced = new ArrayList<>();
        boolean untouched = true;
        for (UndoRecord.Entry entry : journal.entries()) {
            if (entry.pendingBackup() == null) {
                continue;
            }
            byte[] now = readOrNull(entry.file());
            if (now != null && FileHash.matches(entry.hashAfter(), now)) {
                replaced.add(entry);
            } else if (now == null || !FileHash.matches(entry.pendingHashBefore(), now)) {
                untouched = false; // changed since the crash (Thunderbird ran): keep the record, Undo handles it
            }
        }
        try {
            boolean allNew = replaced.size() == journal.entries().stream().filter(e -> e.pendingBackup() != null)
                    .count();
            if (allNew || !untouched || !rollBack(replaced)) {
                commit(profile);
                log().info("Finished an interrupted apply: its record now undoes it");
                return true;
            }
            UndoRecord.delete(profile, UndoRecord.JOURNAL_NAME);
            ProfileWriter.deleteQuietly(journal.entries().stream()
                    .filter(e -> e.pendingBackup() != null && !recordNames(profile, e))
                    .map(UndoRecord.Entry::pendingBackup).toList());
            log().info("Took back an interrupted apply ({} file(s) restored)", replaced.size());
            return true;
        } catch (IOException e) {
            throw new UndoRecord.Invalid(ClientText.of("undo.failed.record", profile.resolve(UndoRecord.JOURNAL_NAME)));
        }
    }

    /** Puts the files this apply had replaced back from its own backups; false when one cannot be used. */
    private static boolean rollBack(List<UndoRecord.Entry> replaced) throws IOException {
        for (UndoRecord.Entry entry : replaced) {
            byte[] old = readOrNull(entry.pendingBackup());
            if (old == null || !FileHash.matches(entry.pendingHashBefore(), old)) {
                return false;
            }
        }
        for (UndoRecord.Entry entry : replaced) {
            SafeFiles.writeAtomically(entry.file(), Files.readAllBytes(entry.pendingBackup()));
        }
        return true;
    }

    /** Whether the undo record (of earlier applies) still needs this backup. */
    private static boolean recordNames(Path profile, UndoRecord.Entry entry) {
        try {
            UndoRecord record = UndoRecord.read(profile, UndoRecord.FILE_NAME);
            return record != null && record.entries().stream().anyMatch(e -> e.backup().equals(entry.pendingBackup()));
        } catch (UndoRecord.Invalid e) {
            return true;
        }
    }

    static byte @Nullable [] readOrNull(@Nullable Path file) {
        if (file == null) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }
}
