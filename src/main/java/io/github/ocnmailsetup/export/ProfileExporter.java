package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for take-away files, used by the wizard's last page and the {@code export} command:
 * {@link #render} gives one file's bytes, {@link #write} puts one or more files in a folder under their
 * contract names, {@link #writeTo} saves one file where the user picked. Writes are atomic and never replace a
 * file without {@code force}; with several formats nothing is written when any target already exists.
 */
public final class ProfileExporter {

    static final String BUNDLE = "io.github.ocnmailsetup.export.messages";
    private static final int MAX_FILE_NAME_BYTES = 255;
    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(ProfileExporter.class);
    }

    private ProfileExporter() {
    }

    /** The complete file for one format, as bytes (UTF-8 for the text formats). */
    public static byte[] render(ExportRequest request, ExportFormat format) {
        return switch (format) {
            case MOBILECONFIG -> MobileconfigWriter.render(request);
            case THUNDERBIRD -> AutoconfigWriter.render(request);
            case AUTODISCOVER -> AutodiscoverWriter.render(request);
            case SHEET -> SettingsSheetWriter.render(request);
        };
    }

    /** Writes one format into {@code dir} under its contract name. */
    public static ExportResult write(ExportRequest request, ExportFormat format, Path dir, boolean force) {
        return write(request, Set.of(format), dir, force);
    }

    /**
     * Writes the formats into {@code dir} under their contract names. Without {@code force}, when any of the
     * files exists nothing at all is written. A missing or unwritable folder writes nothing.
     */
    public static ExportResult write(ExportRequest request, Set<ExportFormat> formats, Path dir, boolean force) {
        OcnAddress address = request.profile().address();
        Optional<ExportResult> unusable = unusableFolder(dir, dir);
        if (unusable.isPresent()) {
            return unusable.get();
        }
        cleanUp(dir);
        Map<ExportFormat, Path> targets = new LinkedHashMap<>();
        for (ExportFormat format : ExportFormat.values()) {
            if (formats.contains(format)) {
                targets.put(format, dir.resolve(format.fileName(address)));
            }
        }
        for (Path target : targets.values()) {
            Optional<ExportResult> unusableTarget = unusableTarget(target);
            if (unusableTarget.isPresent()) {
                return unusableTarget.get();
            }
        }
        if (!force) {
            for (Path target : targets.values()) {
                if (Files.exists(target)) {
                    return new ExportResult.AlreadyExists(target);
                }
            }
        }
        Map<ExportFormat, byte[]> contents = new LinkedHashMap<>();
        targets.keySet().forEach(format -> contents.put(format, render(request, format)));
        return writeAll(request, targets, contents, force);
    }

    /** Saves one format to a file the user chose (the wizard's file chooser has asked about replacing it). */
    public static ExportResult writeTo(ExportRequest request, ExportFormat format, Path file, boolean force) {
        Path dir = file.toAbsolutePath().getParent();
        Optional<ExportResult> unusable = unusableFolder(dir == null ? file : dir, file);
        if (unusable.isPresent()) {
            return unusable.get();
        }
        cleanUp(dir);
        Optional<ExportResult> unusableTarget = unusableTarget(file);
        if (unusableTarget.isPresent()) {
            return unusableTarget.get();
        }
        if (!force && Files.exists(file)) {
            return new ExportResult.AlreadyExists(file);
        }
        return writeAll(request, Map.of(format, file), Map.of(format, render(request, format)), force);
    }

    /** Why {@code dir} cannot take files: missing, or a file (say, {@code --out} naming a file). */
    private static Optional<ExportResult> unusableFolder(Path dir, Path reported) {
        if (Files.isDirectory(dir)) {
            return Optional.empty();
        }
        if (Files.exists(dir)) {
            return Optional.of(new ExportResult.CouldNotWrite(reported, text("error.notAFolder", dir)));
        }
        return Optional.of(new ExportResult.CouldNotWrite(reported, text("error.noFolder", dir)));
    }

    /**
     * Why no file can be written under this name: a folder is in the way, or the name is longer than file systems
     * allow (255 bytes on ext4 and APFS, 255 UTF-16 units on NTFS; a valid address of up to 254 characters plus
     * {@code -settings.html} can pass that), which would otherwise fail later as a vague write error.
     */
    private static Optional<ExportResult> unusableTarget(Path target) {
        if (Files.isDirectory(target)) {
            return Optional.of(new ExportResult.CouldNotWrite(target, text("error.folderInTheWay", target)));
        }
        String name = String.valueOf(target.getFileName());
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_NAME_BYTES) {
            return Optional.of(new ExportResult.CouldNotWrite(target, text("error.nameTooLong", MAX_FILE_NAME_BYTES)));
        }
        return Optional.empty();
    }

    /** What an earlier run that was killed part-way left in {@code dir}: its work files go (see {@link WorkFiles}). */
    private static void cleanUp(Path dir) {
        int removed = WorkFiles.removeLeftovers(dir);
        if (removed > 0) {
            log().info("Removed {} work file(s) left by an interrupted export", removed);
        }
    }

    private static ExportResult writeAll(ExportRequest request, Map<ExportFormat, Path> targets,
            Map<ExportFormat, byte[]> contents, boolean force) {
        try (AtomicFileWriter writer = new AtomicFileWriter()) {
            return writeAll(writer, request, targets, contents, force);
        }
    }

    private static ExportResult writeAll(AtomicFileWriter writer, ExportRequest request,
            Map<ExportFormat, Path> targets, Map<ExportFormat, byte[]> contents, boolean force) {
        try {
            for (Map.Entry<ExportFormat, Path> target : targets.entrySet()) {
                writer.stage(target.getValue(), contents.get(target.getKey()));
            }
            Optional<Path> taken = writer.commitAll(force);
            if (taken.isPresent()) {
                return new ExportResult.AlreadyExists(taken.get());
            }
            List<Path> written = List.copyOf(targets.values());
            log().info("Exported {} file(s) for {}", written.size(), request.profile().address().masked());
            return new ExportResult.Written(written);
        } catch (IOException e) {
            writer.rollBack();
            Path where = targets.values().iterator().next().toAbsolutePath().getParent();
            log().warn("Export for {} failed: {}", request.profile().address().masked(), e.getClass().getSimpleName());
            return new ExportResult.CouldNotWrite(where, text("error.cannotWrite", where));
        }
    }

    static Text text(String key, Object... args) {
        return new Text(BUNDLE, key, List.of(args));
    }
}
