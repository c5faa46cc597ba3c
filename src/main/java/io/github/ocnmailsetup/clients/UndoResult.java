package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.Text;
import java.nio.file.Path;
import java.util.List;

/** The outcome of undoing the last apply. */
public sealed interface UndoResult {

    /** Every file is back, byte for byte, as it was before the apply. */
    record Restored(List<Path> files) implements UndoResult {
        public Restored {
            files = List.copyOf(files);
        }
    }

    /** No apply to undo in this profile. */
    record NothingToUndo() implements UndoResult {
    }

    /** These files changed after the apply (Thunderbird wrote to them); undo again with force to restore anyway. */
    record ChangedSinceApply(List<Path> files) implements UndoResult {
        public ChangedSinceApply {
            files = List.copyOf(files);
        }
    }

    /** Thunderbird is running with this profile; nothing was restored. */
    record ThunderbirdRunning() implements UndoResult {
    }

    /** Restoring failed; the reason says what is where. */
    record Failed(Text reason) implements UndoResult {
    }
}
