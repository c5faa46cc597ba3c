package io.github.ocnmailsetup.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The rolling log file, readable and writable by its owner only: the log names masked addresses, servers and
 * what they answered, which is nobody else's business on a shared computer. Where the file system has POSIX
 * permissions, the log file is made {@code rw-------} before Logback opens it (at start and after each roll; the
 * rolled files keep the mode, since rolling renames them), and a log folder this appender creates is
 * {@code rwx------}. A folder that already exists is left as it is: it may be one the user named. On Windows the
 * per-user folder's own access rules apply.
 */
public final class OwnerOnlyFileAppender extends RollingFileAppender<ILoggingEvent> {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    @Override
    public void openFile(String fileName) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            ownerOnly(Path.of(fileName).toAbsolutePath());
        }
        super.openFile(fileName);
    }

    private static void ownerOnly(Path file) throws IOException {
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        }
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        } else {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
    }
}
