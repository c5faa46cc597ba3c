package io.github.ocnmailsetup.clients;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One file a plan writes: its content when planned (by hash), its content after, and for prefs.js the values
 * the written file must show when read back.
 */
public final class PlannedFile {

    private final Path file;
    private final String hashBefore;
    private final byte[] contentAfter;
    private final Map<String, @Nullable PrefValue> expectedPrefs;
    private final List<PrefChange> prefChanges;
    private final List<UriMove> moves;

    /** A prefs.js: the user values it changes, before and after. */
    PlannedFile(Path file, String hashBefore, byte[] contentAfter, List<PrefChange> prefChanges) {
        this(file, hashBefore, contentAfter, prefChanges, List.of());
    }

    private PlannedFile(Path file, String hashBefore, byte[] contentAfter, List<PrefChange> prefChanges,
            List<UriMove> moves) {
        this.file = file;
        this.hashBefore = hashBefore;
        this.contentAfter = contentAfter.clone();
        Map<String, @Nullable PrefValue> expected = new LinkedHashMap<>();
        prefChanges.forEach(change -> expected.put(change.name(), change.after()));
        this.expectedPrefs = Collections.unmodifiableMap(expected);
        this.prefChanges = List.copyOf(prefChanges);
        this.moves = List.copyOf(moves);
    }

    /** A filter file: the folder references it moves. */
    static PlannedFile filters(Path file, String hashBefore, byte[] contentAfter, List<UriMove> moves) {
        return new PlannedFile(file, hashBefore, contentAfter, List.of(), moves);
    }

    /** The file. */
    public Path file() {
        return file;
    }

    String hashBefore() {
        return hashBefore;
    }

    byte[] contentAfter() {
        return contentAfter.clone();
    }

    Map<String, @Nullable PrefValue> expectedPrefs() {
        return expectedPrefs;
    }

    List<PrefChange> prefChanges() {
        return prefChanges;
    }

    List<UriMove> moves() {
        return moves;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlannedFile other && file.equals(other.file) && hashBefore.equals(other.hashBefore)
                && Arrays.equals(contentAfter, other.contentAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, hashBefore, Arrays.hashCode(contentAfter));
    }

    @Override
    public String toString() {
        return "PlannedFile[" + file + "]";
    }
}
