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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes files so that nobody ever sees half of one, and a kill at any moment leaves every target name holding its
 * old bytes or its new bytes (or absent, if it was absent). The bytes go to a work file in the target's own folder
 * and are flushed to disk; the work file then takes the target's name in one step: a hard link where the name is free
 * (it fails if the name exists, so a file that appeared a moment ago is never replaced without force), a rename over
 * the target with force. Before that rename the old bytes get a second name, so a failure part-way can put them back;
 * the name itself never goes missing. Work files are named by {@link WorkFiles}, which also removes those a killed
 * run left behind.
 *
 * <p>One instance is one write: {@link #stage} each file, {@link #commitAll}, then {@link #close}.
 */
final class AtomicFileWriter implements AutoCloseable {

    /** The points where a write changes the folder, so a test can fail it there, or stop it as a kill would. */
    interface Steps {
        void before(String step) throws IOException;
    }

    /** For tests only: called before each step. */
    static volatile Steps steps = step -> { };

    private final List<Staged> staged = new ArrayList<>();
    private final List<Path> claimed = new ArrayList<>();

    /** Writes {@code content} to a work file beside {@code target}, readable as any file the user saves. */
    void stage(Path target, byte[] content) throws IOException {
        Path temp = claim(target, WorkFiles.NEW_BYTES);
        steps.before("stage");
        try {
            create(temp);
            readableLikeASavedFile(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            staged.add(new Staged(temp, target));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Puts every staged file in place, in order. Returns the first target found taken without force (then nothing is
     * left changed), or empty when all are in place. On a failure every file is put back as it was, and it throws.
     */
    Optional<Path> commitAll(boolean force) throws IOException {
        try {
            for (Staged file : staged) {
                if (!file.commit(force)) {
                    rollBack();
                    return Optional.of(file.target);
                }
            }
        } catch (IOException | RuntimeException e) {
            rollBack();
            throw e;
        }
        staged.stream().map(file -> file.target.toAbsolutePath().getParent()).distinct()
                .forEach(AtomicFileWriter::syncFolder);
        // Every file is in place now: from here nothing can fail the write, and an old copy that cannot be
        // removed is a leftover the next run removes.
        for (Staged file : staged) {
            file.finish();
        }
        return Optional.empty();
    }

    /** Undoes every staged file, newest first, after a failure part-way: the folder is as it was. Best effort. */
    void rollBack() {
        for (int i = staged.size() - 1; i >= 0; i--) {
            try {
                staged.get(i).rollBack();
            } catch (IOException e) {
                // Best effort: the original failure is what the user needs to hear about.
            }
        }
    }

    /** The write is over, however it ended: its work files no longer count as in flight. */
    @Override
    public void close() {
        claimed.forEach(WorkFiles::release);
    }

    private Path claim(Path target, String suffix) {
        Path name = WorkFiles.claim(target, suffix);
        claimed.add(name);
        return name;
    }

    /** One complete work file waiting to take its target's name. */
    private final class Staged {
        private final Path temp;
        private final Path target;
        private boolean createdNew;
        private @Nullable Path oldBytes;

        private Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        /** Puts the file in place; false when the target exists and force is off (nothing changed then). */
        boolean commit(boolean force) throws IOException {
            steps.before("link");
            try {
                // A hard link fails when the target exists, so no file can be replaced between check and link.
                Files.createLink(target, temp);
                createdNew = true;
                steps.before("dropTemp");
                Files.delete(temp);
                return true;
            } catch (FileAlreadyExistsException e) {
                if (!force) {
                    Files.deleteIfExists(temp);
                    return false;
                }
            } catch (UnsupportedOperationException | IOException e) {
                // No hard links here (FAT, some network folders).
                if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    steps.before("move");
                    move(temp, target);
                    createdNew = true;
                    return true;
                }
                if (!force) {
                    Files.deleteIfExists(temp);
                    return false;
                }
            }
            keepOldBytes();
            steps.before("replace");
            move(temp, target);
            return true;
        }

        /** A second name for the target's old bytes: a hard link, or a copy where links are not supported. */
        private void keepOldBytes() throws IOException {
            Path aside = claim(target, WorkFiles.OLD_BYTES);
            steps.before("keepOld");
            oldBytes = aside;
            try {
                Files.createLink(aside, target);
            } catch (UnsupportedOperationException | IOException e) {
                Files.deleteIfExists(aside);
                Files.copy(target, aside, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
        }

        /** After every file is in place: the old bytes are no longer needed. Best effort. */
        void finish() {
            if (oldBytes != null) {
                try {
                    steps.before("dropOld");
                    Files.deleteIfExists(oldBytes);
                } catch (IOException e) {
                    // Left for the next run's clean-up (WorkFiles): the name already holds the new bytes.
                }
                oldBytes = null;
            }
        }

        /** Undoes this file: removes the work file and what was put in place, and puts the old bytes back. */
        void rollBack() throws IOException {
            Files.deleteIfExists(temp);
            if (oldBytes != null && Files.exists(oldBytes, LinkOption.NOFOLLOW_LINKS)) {
                steps.before("restore");
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(oldBytes, target)) {
                    // Not replaced yet; rename(2) between two links of one file does nothing, so drop the link.
                    Files.delete(oldBytes);
                } else {
                    move(oldBytes, target);
                }
                oldBytes = null;
            } else if (createdNew) {
                Files.deleteIfExists(target);
            }
            createdNew = false;
        }
    }

    /** Renames in one step, replacing {@code to} if it exists (rename(2) on POSIX, MoveFileEx on Windows). */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Both paths are in the same folder, so this happens only on unusual file systems.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the renames durable where the platform allows it (POSIX); a crash of the machine keeps them too. */
    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder this way; its renames are already written through.
        }
    }

    /** Creates the work file; on POSIX owner-only from the first moment, so nobody can open it before it is locked. */
    private static void create(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    /**
     * POSIX: rw-r--r--, as a file saved by hand (the work file starts as rw-------); no file written here holds a
     * password (decision 0032). Elsewhere the folder's defaults apply.
     */
    private static void readableLikeASavedFile(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
