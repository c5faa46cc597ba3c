package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.Text;
import java.nio.file.Path;
import java.util.List;

/**
 * What came of writing one or more take-away files. A caller handles every case through {@link #match}: a new
 * case adds a method to {@link Cases}, so every caller fails to compile until it says what the case means.
 */
public sealed interface ExportResult {

    /** One method per case (Java 17 has no pattern switch). */
    interface Cases<R> {
        R written(Written written);

        R alreadyExists(AlreadyExists exists);

        R couldNotWrite(CouldNotWrite failed);
    }

    /** The case's own method of {@code cases}. */
    <R> R match(Cases<R> cases);

    /** True when every file was written. */
    default boolean written() {
        return this instanceof Written;
    }

    /** Every file was written, complete, at these paths. */
    record Written(List<Path> paths) implements ExportResult {
        public Written {
            paths = List.copyOf(paths);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.written(this);
        }
    }

    /** A file already exists and force was not given: nothing was written, the file is as it was. */
    record AlreadyExists(Path path) implements ExportResult {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.alreadyExists(this);
        }
    }

    /** The folder is missing or cannot be written: nothing was left half-written. */
    record CouldNotWrite(Path path, Text reason) implements ExportResult {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.couldNotWrite(this);
        }
    }
}
