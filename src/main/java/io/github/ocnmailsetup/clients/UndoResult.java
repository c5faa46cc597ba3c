package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.Text;
import java.nio.file.Path;
import java.util.List;

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

    /** Every file is back, byte for byte, as it was before the apply. */
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

    /** These files changed after the apply (Thunderbird wrote to them); undo again with force to restore anyway. */
    record ChangedSinceApply(List<Path> files) implements UndoResult {
        public ChangedSinceApply {
            files = List.copyOf(files);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.changedSinceApply(this);
        }
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
