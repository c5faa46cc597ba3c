package io.github.ocnmailsetup.clients;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * Tells a running Thunderbird from a stale lock, and holds the profile's lock while this program writes.
 * A profile keeps its lock files after Thunderbird exits, so their presence proves nothing: on Linux and
 * macOS the {@code lock} symlink names "IP:+PID" and that process must be alive, and {@code .parentlock} is
 * held with fcntl while Thunderbird runs; on Windows {@code parent.lock} cannot be opened while it runs.
 */
final class ProfileLock implements AutoCloseable {

    private final @Nullable FileChannel channel;
    private final @Nullable FileLock lock;

    private ProfileLock(@Nullable FileChannel channel, @Nullable FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the profile's lock the way Thunderbird does, so that Thunderbird cannot start while we write;
     * {@code null} when Thunderbird is running with the profile.
     */
    static @Nullable ProfileLock acquire(Path profile, ProcessChecker processes) {
        if (symlinkNamesLiveThunderbird(profile, processes) || windowsLockIsHeld(profile)) {
            return null;
        }
        Path parentLock = profile.resolve(".parentlock");
        if (!Files.isRegularFile(parentLock)) {
            return new ProfileLock(null, null);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(parentLock, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new ProfileLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            // This JVM already holds it (a second call in one process): not Thunderbird.
            closeQuietly(channel);
            return new ProfileLock(null, null);
        } catch (IOException e) {
            // Cannot open it to test (permissions): the lock symlink already said no live Thunderbird.
            closeQuietly(channel);
            return new ProfileLock(null, null);
        }
    }

    /** Whether Thunderbird is running with this profile now. */
    static boolean isInUse(Path profile, ProcessChecker processes) {
        ProfileLock lock = acquire(profile, processes);
        if (lock == null) {
            return true;
        }
        lock.close();
        return false;
    }

    private static boolean symlinkNamesLiveThunderbird(Path profile, ProcessChecker processes) {
        Path link = profile.resolve("lock");
        if (!Files.isSymbolicLink(link)) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(link).toString();
            int plus = target.lastIndexOf(":+");
            if (plus < 0) {
                return false;
            }
            return processes.isThunderbird(Long.parseLong(target.substring(plus + 2)));
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean windowsLockIsHeld(Path profile) {
        Path parentLock = profile.resolve("parent.lock");
        if (!Files.isRegularFile(parentLock)) {
            return false;
        }
        try (FileChannel ignored = FileChannel.open(parentLock, StandardOpenOption.READ)) {
            return false;
        } catch (NoSuchFileException e) {
            return false;
        } catch (FileSystemException e) {
            // Windows: "The process cannot access the file because it is being used by another process".
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing to do: it was only opened to test the lock.
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // Closing the channel below releases it as well.
        }
        closeQuietly(channel);
    }
}
