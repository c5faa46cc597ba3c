package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.Text;
import java.nio.file.Path;
import java.util.List;

/** What came of writing one or more take-away files. */
public sealed interface ExportResult {

    /** Every file was written, complete, at these paths. */
    record Written(List<Path> paths) implements ExportResult {
        public Written {
            paths = List.copyOf(paths);
        }
    }

    /** A file already exists and force was not given: nothing was written, the file is as it was. */
    record AlreadyExists(Path path) implements ExportResult {
    }

    /** The folder is missing or cannot be written: nothing was left half-written. */
    record CouldNotWrite(Path path, Text reason) implements ExportResult {
    }
}
