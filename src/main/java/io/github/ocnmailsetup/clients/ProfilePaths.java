package io.github.ocnmailsetup.clients;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for which files of a profile this package may write: a file inside the profile folder, reached
 * without a link. Used for the plan and, because the undo record is input that anyone could have edited, for
 * every path read from it.
 */
final class ProfilePaths {

    private ProfilePaths() {
    }

    /**
     * The file's path relative to the profile, or {@code null} when it is outside it, names {@code ..}, or any
     * part of it below the profile folder is a symbolic link (or, on Windows, a junction).
     */
    static @Nullable Path insideWithoutLinks(Path profile, Path file) {
        Path root = profile.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath();
        for (Path part : absolute) {
            if (part.toString().equals("..")) {
                return null;
            }
        }
        if (!absolute.startsWith(root) || absolute.equals(root)) {
            return null;
        }
        Path relative = root.relativize(absolute);
        Path step = root;
        for (Path part : relative) {
            if (part.toString().equals("..") || part.toString().equals(".")) {
                return null;
            }
            step = step.resolve(part);
            if (Files.isSymbolicLink(step) || isOther(step)) {
                return null;
            }
        }
        return relative;
    }

    /** A path from the undo record, relative to the profile; {@code null} unless it passes the rule above. */
    static @Nullable Path fromRecord(Path profile, @Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        String portable = stored.replace('\\', '/');
        if (portable.startsWith("/") || portable.matches("^[A-Za-z]:.*")) {
            return null;
        }
        for (String part : portable.split("/")) {
            if (part.equals("..") || part.equals(".") || part.isEmpty()) {
                return null;
            }
        }
        try {
            Path file = profile.toAbsolutePath().normalize().resolve(portable);
            return insideWithoutLinks(profile, file) == null ? null : file;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A junction or other special entry that is neither a plain file nor a plain folder. */
    private static boolean isOther(Path step) {
        try {
            var attributes = Files.readAttributes(step, java.nio.file.attribute.BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isOther();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
