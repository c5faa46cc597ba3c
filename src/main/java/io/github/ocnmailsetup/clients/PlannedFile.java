package io.github.ocnmailsetup.clients;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    PlannedFile(Path file, String hashBefore, byte[] contentAfter, Map<String, @Nullable PrefValue> expectedPrefs) {
        this.file = file;
        this.hashBefore = hashBefore;
        this.contentAfter = contentAfter.clone();
        this.expectedPrefs = Collections.unmodifiableMap(new LinkedHashMap<>(expectedPrefs));
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
