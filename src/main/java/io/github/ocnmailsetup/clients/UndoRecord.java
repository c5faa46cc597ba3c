package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.Text;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * What the applies to a profile changed, kept in the profile folder so that Undo works later, from the wizard or
 * the command: for each file its backup (the bytes before the first apply) and hashes, for prefs.js every user
 * value changed (before the first apply, after the last), for filter files every folder reference moved. A second
 * apply is merged in, so the way back always leads to the state before the first one. The record is input, not
 * trust: every path in it must name a file this package writes, inside the profile, reached without a link.
 */
record UndoRecord(String appliedAt, List<Entry> entries) {

    /** The file that records the applies, in the profile folder. Thunderbird ignores it. */
    static final String FILE_NAME = "ocn-mail-setup-undo.properties";
    /** The record of an apply under way, written before the first file is replaced (see {@link ApplyJournal}). */
    static final String JOURNAL_NAME = "ocn-mail-setup-undo.journal.properties";

    /**
     * One written file, its paths absolute. {@code pendingBackup} and {@code pendingHashBefore} describe only the
     * apply under way (in the journal): its own backup and the hash just before it.
     */
    record Entry(Path file, Path backup, String hashBefore, String hashAfter, List<PrefChange> prefs,
            List<UriMove> moves, @Nullable Path pendingBackup, String pendingHashBefore) {
        Entry {
            prefs = List.copyOf(prefs);
            moves = List.copyOf(moves);
        }
    }

    /** A record that cannot be used: unreadable, or naming a file this package must not write. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Text reason;

        Invalid(Text reason) {
            super(reason.key());
            this.reason = reason;
        }

        Text reason() {
            return reason;
        }
    }

    UndoRecord {
        entries = List.copyOf(entries);
    }

    /** The record (or journal) of the profile, or {@code null} when there is none. */
    static @Nullable UndoRecord read(Path profile, String name) throws Invalid {
        Path file = profile.resolve(name);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Properties p = new Properties();
        int count;
        try {
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("not a regular file");
            }
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            count = Integer.parseInt(p.getProperty("files", "0"));
        } catch (IOException | IllegalArgumentException e) {
            throw new Invalid(ClientText.of("undo.failed.record", file));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i <= Math.min(count, 1000); i++) {
            entries.add(entry(profile, p, i, file));
        }
        return new UndoRecord(p.getProperty("appliedAt", ""), entries);
    }

    private static Entry entry(Path profile, Properties p, int i, Path recordFile) throws Invalid {
        String storedFile = p.getProperty("file." + i, "");
        Path file = ProfilePaths.fromRecord(profile, storedFile);
        String name = file == null ? "" : file.getFileName().toString();
        boolean writable = file != null && (name.equals("msgFilterRules.dat")
                || profile.toAbsolutePath().normalize().resolve("prefs.js").equals(file));
        Path backup = backup(profile, p.getProperty("backup." + i), name);
        String pendingStored = p.getProperty("pendingBackup." + i);
        Path pendingBackup = pendingStored == null ? null : backup(profile, pendingStored, name);
        if (!writable || backup == null || (pendingStored != null && pendingBackup == null)) {
            throw new Invalid(ClientText.of("undo.failed.outside", storedFile + " / " + p.getProperty("backup." + i)));
        }
        List<PrefChange> prefs = new ArrayList<>();
        for (int k = 1; k <= Math.min(Integer.parseInt(digits(p.getProperty("prefs." + i))), 10_000); k++) {
            prefs.add(prefChange(p, "pref." + i + "." + k, recordFile));
        }
        List<UriMove> moves = new ArrayList<>();
        for (int k = 1; k <= Math.min(Integer.parseInt(digits(p.getProperty("moves." + i))), 10_000); k++) {
            String key = "move." + i + "." + k;
            moves.add(new UriMove(p.getProperty(key + ".from", ""), p.getProperty(key + ".to", "")));
        }
        return new Entry(file, backup, p.getProperty("sha256before." + i, ""), p.getProperty("sha256." + i, ""),
                prefs, moves, pendingBackup, p.getProperty("pendingSha256before." + i, ""));
    }

    /** A backup path from the record: inside the profile, no link, and named as a backup of that file. */
    private static @Nullable Path backup(Path profile, @Nullable String stored, String fileName) {
        Path backup = ProfilePaths.fromRecord(profile, stored);
        boolean named = backup != null && !fileName.isEmpty()
                && backup.getFileName().toString().startsWith(fileName + ".ocn-backup-");
        return named ? backup : null;
    }

    private static String digits(@Nullable String value) {
        return value != null && value.matches("\\d{1,6}") ? value : "0";
    }

    /** Writes the record (or journal) in one atomic step. */
    void write(Path profile, String name) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", "2");
        p.setProperty("appliedAt", appliedAt);
        p.setProperty("files", Integer.toString(entries.size()));
        for (int i = 1; i <= entries.size(); i++) {
            Entry e = entries.get(i - 1);
            p.setProperty("file." + i, relative(profile, e.file()));
            p.setProperty("backup." + i, relative(profile, e.backup()));
            p.setProperty("sha256before." + i, e.hashBefore());
            p.setProperty("sha256." + i, e.hashAfter());
            if (e.pendingBackup() != null) {
                p.setProperty("pendingBackup." + i, relative(profile, e.pendingBackup()));
                p.setProperty("pendingSha256before." + i, e.pendingHashBefore());
            }
            p.setProperty("prefs." + i, Integer.toString(e.prefs().size()));
            for (int k = 1; k <= e.prefs().size(); k++) {
                PrefChange change = e.prefs().get(k - 1);
                p.setProperty("pref." + i + "." + k + ".name", change.name());
                putValue(p, "pref." + i + "." + k + ".before", change.before());
                putValue(p, "pref." + i + "." + k + ".after", change.after());
            }
            p.setProperty("moves." + i, Integer.toString(e.moves().size()));
            for (int k = 1; k <= e.moves().size(); k++) {
                p.setProperty("move." + i + "." + k + ".from", e.moves().get(k - 1).from());
                p.setProperty("move." + i + "." + k + ".to", e.moves().get(k - 1).to());
            }
        }
        StringWriter text = new StringWriter();
        p.store(text, "OCN Mail SSL Setup: what the applies changed, for Undo");
        SafeFiles.writeAtomically(profile.resolve(name), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void putValue(Properties p, String key, @Nullable PrefValue value) {
        if (value instanceof PrefValue.Str s) {
            p.setProperty(key, "S:" + s.value());
        } else if (value instanceof PrefValue.Int n) {
            p.setProperty(key, "I:" + n.value());
        } else if (value instanceof PrefValue.Bool b) {
            p.setProperty(key, "B:" + b.value());
        }
    }

    /**
     * One setting from the record, which is input, not trust: a name Thunderbird can hold and values as an apply
     * writes them. A NUL (Thunderbird ends the file there), an empty name, an integer beyond 32 bits or a value of no
     * known type cannot come from an apply, and writing it back would break prefs.js: the record is refused.
     */
    private static PrefChange prefChange(Properties p, String key, Path recordFile) throws Invalid {
        String name = p.getProperty(key + ".name", "");
        String before = p.getProperty(key + ".before");
        String after = p.getProperty(key + ".after");
        boolean usable = !name.isEmpty() && name.indexOf('\0') < 0 && storable(before) && storable(after);
        if (!usable) {
            throw new Invalid(ClientText.of("undo.failed.record", recordFile));
        }
        return new PrefChange(name, decode(before), decode(after));
    }

    /** Absent (the setting had no value), or a value {@link #decode} reads back exactly. */
    private static boolean storable(@Nullable String stored) {
        return stored == null || (stored.indexOf('\0') < 0 && decode(stored) != null);
    }

    private static @Nullable PrefValue decode(@Nullable String stored) {
        if (stored == null || stored.length() < 2 || stored.charAt(1) != ':') {
            return null;
        }
        String rest = stored.substring(2);
        return switch (stored.charAt(0)) {
            case 'S' -> new PrefValue.Str(rest);
            case 'I' -> rest.matches("-?\\d{1,10}") && (int) Long.parseLong(rest) == Long.parseLong(rest)
                    ? new PrefValue.Int(Integer.parseInt(rest)) : null;
            case 'B' -> rest.equals("true") || rest.equals("false") ? new PrefValue.Bool(rest.equals("true")) : null;
            default -> null;
        };
    }

    static void delete(Path profile, String name) throws IOException {
        Files.deleteIfExists(profile.resolve(name));
    }

    private static String relative(Path profile, Path file) {
        Path root = profile.toAbsolutePath().normalize();
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * The record after one more apply: a file already recorded keeps its first backup and first "before" values
     * and takes the new "after" values, so Undo still leads back to the state before the first apply.
     */
    static UndoRecord merge(@Nullable UndoRecord previous, List<PlannedFile> files, List<Path> backups,
            String appliedAt) {
        List<Entry> merged = new ArrayList<>(previous == null ? List.of() : previous.entries());
        for (int i = 0; i < files.size(); i++) {
            PlannedFile file = files.get(i);
            Path path = file.file().toAbsolutePath().normalize();
            Entry old = merged.stream().filter(e -> e.file().equals(path)).findFirst().orElse(null);
            String hashAfter = FileHash.sha256(file.contentAfter());
            Entry entry = old == null
                    ? new Entry(path, backups.get(i), file.hashBefore(), hashAfter, file.prefChanges(), file.moves(),
                            backups.get(i), file.hashBefore())
                    : new Entry(path, old.backup(), old.hashBefore(), hashAfter, mergePrefs(old.prefs(),
                            file.prefChanges()), concat(old.moves(), file.moves()), backups.get(i), file.hashBefore());
            merged.removeIf(e -> e.file().equals(path));
            merged.add(entry);
        }
        return new UndoRecord(appliedAt, merged);
    }

    private static List<PrefChange> mergePrefs(List<PrefChange> earlier, List<PrefChange> later) {
        List<PrefChange> merged = new ArrayList<>(earlier);
        for (PrefChange change : later) {
            int at = indexOf(merged, change.name());
            if (at < 0) {
                merged.add(change);
            } else {
                merged.set(at, new PrefChange(change.name(), merged.get(at).before(), change.after()));
            }
        }
        return merged;
    }

    private static int indexOf(List<PrefChange> changes, String name) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The same record without the information about an apply under way. */
    UndoRecord settled() {
        return new UndoRecord(appliedAt, entries.stream().map(e -> new Entry(e.file(), e.backup(), e.hashBefore(),
                e.hashAfter(), e.prefs(), e.moves(), null, "")).toList());
    }
}
