package io.github.ocnmailsetup.clients;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/** Atomic writes, backups and read-back checks for the files of a profile. */
final class SafeFiles {

    static final String TEMP_SUFFIX = ".ocn-mail-setup.tmp";

    private SafeFiles() {
    }

    /**
     * Writes {@code content} to a temporary file next to {@code file}, flushes it to disk and moves it over
     * {@code file} in one step, so the file is either the old one or the new one, never half of each.
     */
    static void writeAtomically(Path file, byte[] content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + TEMP_SUFFIX);
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
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

    /** A copy of {@code file} next to it, named with the time stamp; never overwrites an earlier backup. */
    static Path backup(Path file, String stamp) throws IOException {
        Path backup = file.resolveSibling(file.getFileName() + ".ocn-backup-" + stamp);
        for (int n = 2; Files.exists(backup); n++) {
            backup = file.resolveSibling(file.getFileName() + ".ocn-backup-" + stamp + "-" + n);
        }
        Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
        if (!holds(backup, Files.readAllBytes(file))) {
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
