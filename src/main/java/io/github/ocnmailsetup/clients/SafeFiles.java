package io.github.ocnmailsetup.clients;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/** Atomic writes, backups and read-back checks for the files of a profile. */
final class SafeFiles {

    static final String TEMP_SUFFIX = ".ocn-mail-setup.tmp";

    private SafeFiles() {
    }

    /** Owner-only permissions where the file system has POSIX permissions. */
    private static FileAttribute<?>[] ownerOnly(Path file) {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    /**
     * Writes {@code content} to a temporary file next to {@code file}, flushes it to disk and moves it over
     * {@code file} in one step, so the file is either the old one or the new one, never half of each.
     */
    static void writeAtomically(Path file, byte[] content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + TEMP_SUFFIX);
        // A leftover from an interrupted write, or a planted link, is removed (a link, not its target); the
        // file is then created anew, owner-only, never through a link. Anything else in the way stops the write.
        if (Files.isSymbolicLink(temp) || Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(temp);
        }
        try {
            try (FileChannel out = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), ownerOnly(temp))) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            copyPermissions(file, temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            if (Files.isRegularFile(temp)) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Whether the file now holds exactly these bytes. */
    static boolean holds(Path file, byte[] expected) throws IOException {
        return Arrays.equals(Files.readAllBytes(file), expected);
    }

    /**
     * A copy of {@code file} next to it, named with the time stamp; never overwrites an earlier backup. Written
     * like any other file (temporary file, then one move), so a backup is either whole or absent.
     */
    static Path backup(Path file, String stamp) throws IOException {
        Path backup = file.resolveSibling(file.getFileName() + ".ocn-backup-" + stamp);
        for (int n = 2; Files.exists(backup, LinkOption.NOFOLLOW_LINKS); n++) {
            backup = file.resolveSibling(file.getFileName() + ".ocn-backup-" + stamp + "-" + n);
        }
        byte[] content = Files.readAllBytes(file);
        writeAtomically(backup, content);
        if (!holds(backup, content)) {
            throw new IOException("The backup of " + file.getFileName() + " does not match the file");
        }
        return backup;
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || target == null || !Files.exists(from)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = source.readAttributes().permissions();
            target.setPermissions(permissions);
        } catch (IOException ignored) {
            // The default permissions of a new file are the fallback; Thunderbird reads it either way.
        }
    }
}
