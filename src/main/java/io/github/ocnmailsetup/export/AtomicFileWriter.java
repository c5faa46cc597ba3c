package io.github.ocnmailsetup.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes a file so that nobody ever sees half of it: the bytes go to a temporary file in the target's own
 * folder, are flushed to disk, and the temporary file is then renamed over the target in one step. Without
 * force the rename never replaces an existing file, even one that appeared a moment ago.
 */
final class AtomicFileWriter {

    private AtomicFileWriter() {
    }

    /** A complete temporary file waiting to become {@link #target()}. */
    static final class Staged {
        private final Path temp;
        private final Path target;
        private boolean createdNew;
        private @Nullable Path backup;

        private Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        Path target() {
            return target;
        }

        /**
         * Puts the file in place; false when the target exists and force is off (nothing changed then). With
         * force, the old file is first renamed aside, so a later failure can put it back.
         */
        boolean commit(boolean force) throws IOException {
            if (force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Path aside = target.resolveSibling(".ocn-mail-setup-" + UUID.randomUUID() + ".old");
                move(target, aside);
                backup = aside;
            }
            boolean linked;
            try {
                // A hard link fails when the target exists, so no file can be replaced between check and rename.
                Files.createLink(target, temp);
                linked = true;
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
                return false;
            } catch (UnsupportedOperationException | IOException e) {
                linked = false;
            }
            if (linked) {
                createdNew = true;
                Files.delete(temp);
                return true;
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(temp);
                return false;
            }
            move(temp, target);
            createdNew = true;
            return true;
        }

        /** After every file is in place: the old files are no longer needed. */
        void finish() throws IOException {
            if (backup != null) {
                Files.deleteIfExists(backup);
                backup = null;
            }
        }

        /** Undoes this file: removes the temporary file and what was put in place, and restores the old file. */
        void rollBack() throws IOException {
            Files.deleteIfExists(temp);
            if (createdNew) {
                Files.deleteIfExists(target);
                createdNew = false;
            }
            if (backup != null) {
                move(backup, target);
                backup = null;
            }
        }

        private static void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Both paths are in the same folder, so this happens only on unusual file systems.
                Files.move(from, to);
            }
        }
    }

    /** Writes {@code content} to a temporary file beside {@code target}, readable as any file the user saves. */
    static Staged stage(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".ocn-mail-setup-", ".tmp");
        try {
            readableLikeASavedFile(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            return new Staged(temp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Undoes every staged file, newest first, after a failure part-way: the folder is as it was. */
    static void rollBackAll(List<Staged> staged) {
        for (int i = staged.size() - 1; i >= 0; i--) {
            try {
                staged.get(i).rollBack();
            } catch (IOException e) {
                // Best effort: the original failure is what the user needs to hear about.
            }
        }
    }

    /**
     * POSIX: rw-r--r--, as a file saved by hand (a temporary file starts as rw-------); no file written here holds
     * a password (decision 0032). Elsewhere the folder's defaults apply.
     */
    private static void readableLikeASavedFile(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
