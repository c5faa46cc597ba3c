package io.github.ocnmailsetup.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files {@link AtomicFileWriter} keeps beside a target while it works: a temporary file with the new bytes and,
 * when a file is replaced, a second name for the old bytes. Their names carry the writing process's id, so the next
 * export into the folder can tell the leftovers of a run that was killed (its process is gone) from the files of a
 * run still going, in this process or another, and remove only the former.
 *
 * <p>A leftover never holds the only copy of anything: a target name always holds its old or its new bytes (the
 * writer replaces by renaming in one step), so removing leftovers is all the recovery an interrupted run needs.
 */
final class WorkFiles {

    /** Every work file's name starts with this; it is hidden on POSIX systems. */
    static final String PREFIX = ".ocn-mail-setup.";
    static final String NEW_BYTES = ".tmp";
    static final String OLD_BYTES = ".old";

    /** Names used by earlier versions, which carried no process id: {@code .ocn-mail-setup-<random>.tmp/.old}. */
    private static final String EARLIER_PREFIX = ".ocn-mail-setup-";
    /** An earlier version's leftover this old cannot belong to a write still going. */
    private static final Duration EARLIER_LEFTOVER_AGE = Duration.ofMinutes(10);

    /** Work files of writes that are going on in this process now. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    private WorkFiles() {
    }

    /** A fresh work file name beside {@code target}, registered as in flight until {@link #release}. */
    static Path claim(Path target, String suffix) {
        Path dir = target.toAbsolutePath().normalize().getParent();
        Path name = dir.resolve(PREFIX + ProcessHandle.current().pid() + "." + UUID.randomUUID() + suffix);
        IN_FLIGHT.add(name);
        return name;
    }

    /** The write that claimed {@code file} is over (done, failed or stopped): it may now be cleaned up. */
    static void release(Path file) {
        IN_FLIGHT.remove(file);
    }

    /**
     * Removes the work files that interrupted runs left in {@code dir}; best effort (a file that cannot be removed
     * stays for the next run). Returns how many were removed.
     */
    static int removeLeftovers(Path dir) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".ocn-mail-setup*")) {
            for (Path entry : entries) {
                if (isLeftover(entry) && deleted(entry)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable folder fails the write itself, with the message the user needs.
        }
        return removed;
    }

    private static boolean isLeftover(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        if (!(name.endsWith(NEW_BYTES) || name.endsWith(OLD_BYTES))
                || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (name.startsWith(PREFIX)) {
            OptionalLong pid = ownerPid(name);
            if (pid.isEmpty()) {
                return false;
            }
            boolean ownerRuns = pid.getAsLong() == ProcessHandle.current().pid()
                    ? IN_FLIGHT.contains(entry.toAbsolutePath().normalize())
                    : ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
            return !ownerRuns;
        }
        if (name.startsWith(EARLIER_PREFIX)) {
            FileTime modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS);
            return modified.toInstant().isBefore(Instant.now().minus(EARLIER_LEFTOVER_AGE));
        }
        return false;
    }

    /** The process id in {@code .ocn-mail-setup.<pid>.<uuid>.tmp}, if the name has that shape. */
    static OptionalLong ownerPid(String name) {
        String rest = name.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        Optional<String> digits = dot > 0 ? Optional.of(rest.substring(0, dot)) : Optional.empty();
        if (digits.isEmpty() || !digits.get().chars().allMatch(c -> c >= '0' && c <= '9') || digits.get().length() > 18) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits.get()));
    }

    private static boolean deleted(Path entry) {
        try {
            return Files.deleteIfExists(entry);
        } catch (IOException e) {
            return false;
        }
    }
}
