package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.Text;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of undoing the last apply. A caller handles every case through {@link #match}: a new case adds a
 * method to {@link Cases}, so every caller fails to compile until it says what the case means.
 */
public sealed interface UndoResult {

    /** One method per case (Java 17 has no pattern switch). */
    interface Cases<R> {
        R restored(Restored restored);

        R nothingToUndo();

        R changedSinceApply(ChangedSinceApply changed);

        R thunderbirdRunning();

        R failed(Failed failed);
    }

    /** The case's own method of {@code cases}. */
    <R> R match(Cases<R> cases);

    /**
     * Every setting the apply changed is back as it was; the files whose other settings nobody changed since are
     * back byte for byte, the others keep what Thunderbird wrote since.
     */
    record Restored(List<Path> files) implements UndoResult {
        public Restored {
            files = List.copyOf(files);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.restored(this);
        }
    }

    /** No apply to undo in this profile. */
    record NothingToUndo() implements UndoResult {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.nothingToUndo();
        }
    }

    /**
     * Settings the apply changed were changed again since (by the user, in Thunderbird); nothing was restored.
     * Undo with force restores the backups' bytes anyway.
     */
    record ChangedSinceApply(List<ChangedSetting> changes) implements UndoResult {
        public ChangedSinceApply {
            changes = List.copyOf(changes);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.changedSinceApply(this);
        }
    }

    /**
     * One setting changed again since the apply.
     *
     * @param where   the preference, or the file when the record does not say which settings it changed
     * @param applied the value the apply wrote, {@code null} for a whole file (or a preference it removed)
     * @param now     the value now, {@code null} when not set (or for a whole file)
     */
    record ChangedSetting(String where, @Nullable String applied, @Nullable String now) {
    }

    /** Thunderbird is running with this profile; nothing was restored. */
    record ThunderbirdRunning() implements UndoResult {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.thunderbirdRunning();
        }
    }

    /** Restoring failed; the reason says what is where. */
    record Failed(Text reason) implements UndoResult {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.failed(this);
        }
    }
}
