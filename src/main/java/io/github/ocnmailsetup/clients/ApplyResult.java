package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.Text;
import java.nio.file.Path;
import java.util.List;

/** The outcome of applying a plan. */
public sealed interface ApplyResult {

    /** Written and verified; each backup sits next to its file. */
    record Applied(List<Path> files, List<Path> backups) implements ApplyResult {
        public Applied {
            files = List.copyOf(files);
            backups = List.copyOf(backups);
        }
    }

    /** The accounts already had the settings; nothing was written. */
    record NothingToChange() implements ApplyResult {
    }

    /** Thunderbird is running with this profile; nothing was written. */
    record ThunderbirdRunning() implements ApplyResult {
    }

    /** A file changed after the plan was made (Thunderbird wrote to it?); nothing was written. Plan again. */
    record ChangedSincePlan(List<Path> files) implements ApplyResult {
        public ChangedSincePlan {
            files = List.copyOf(files);
        }
    }

    /** Writing or verifying failed; every file was put back as it was ({@code restored}) or not. */
    record Failed(Text reason, boolean restored) implements ApplyResult {
    }
}
