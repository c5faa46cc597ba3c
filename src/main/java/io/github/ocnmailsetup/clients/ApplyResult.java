package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.Text;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of applying a plan. A caller handles every case through {@link #match}: a new case adds a method to
 * {@link Cases}, so every caller fails to compile until it says what the case means.
 */
public sealed interface ApplyResult {

    /** One method per case (Java 17 has no pattern switch). */
    interface Cases<R> {
        R applied(Applied applied);

        R nothingToChange();

        R thunderbirdRunning();

        R changedSincePlan(ChangedSincePlan changed);

        R failed(Failed failed);
    }

    /** The case's own method of {@code cases}. */
    <R> R match(Cases<R> cases);

    /** Written and verified; each backup sits next to its file. */
    record Applied(List<Path> files, List<Path> backups) implements ApplyResult {
        public Applied {
            files = List.copyOf(files);
            backups = List.copyOf(backups);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.applied(this);
        }
    }

    /** The accounts already had the settings; nothing was written. */
    record NothingToChange() implements ApplyResult {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.nothingToChange();
        }
    }

    /** Thunderbird is running with this profile; nothing was written. */
    record ThunderbirdRunning() implements ApplyResult {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.thunderbirdRunning();
        }
    }

    /** A file changed after the plan was made (Thunderbird wrote to it?); nothing was written. Plan again. */
    record ChangedSincePlan(List<Path> files) implements ApplyResult {
        public ChangedSincePlan {
            files = List.copyOf(files);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.changedSincePlan(this);
        }
    }

    /** Writing or verifying failed; every file was put back as it was ({@code restored}) or not. */
    record Failed(Text reason, boolean restored) implements ApplyResult {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.failed(this);
        }
    }
}
