package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        if (!Files.isDirectory(dir)) {
            return new ExportResult.CouldNotWrite(dir, text("error.noFolder", dir));
        }
        Map<ExportFormat, Path> targets = new LinkedHashMap<>();
        for (ExportFormat format : ExportFormat.values()) {
            if (formats.contains(format)) {
                targets.put(format, dir.resolve(format.fileName(address)));
            }
        }
        for (Path target : targets.values()) {
            if (Files.isDirectory(target)) {
                return new ExportResult.CouldNotWrite(target, text("error.folderInTheWay", target));
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
        if (dir == null || !Files.isDirectory(dir)) {
            return new ExportResult.CouldNotWrite(file, text("error.noFolder", dir == null ? file : dir));
        }
        if (Files.isDirectory(file)) {
            return new ExportResult.CouldNotWrite(file, text("error.folderInTheWay", file));
        }
        if (!force && Files.exists(file)) {
            return new ExportResult.AlreadyExists(file);
        }
        return writeAll(request, Map.of(format, file), Map.of(format, render(request, format)), force);
    }

    private static ExportResult writeAll(ExportRequest request, Map<ExportFormat, Path> targets,
            Map<ExportFormat, byte[]> contents, boolean force) {
        List<AtomicFileWriter.Staged> staged = new ArrayList<>();
        try {
            for (Map.Entry<ExportFormat, Path> target : targets.entrySet()) {
                staged.add(AtomicFileWriter.stage(target.getValue(), contents.get(target.getKey())));
            }
            List<Path> written = new ArrayList<>();
            for (AtomicFileWriter.Staged file : staged) {
                if (!file.commit(force)) {
                    AtomicFileWriter.rollBackAll(staged);
                    return new ExportResult.AlreadyExists(file.target());
                }
                written.add(file.target());
            }
            for (AtomicFileWriter.Staged file : staged) {
                file.finish();
            }
            log().info("Exported {} file(s) for {}", written.size(), request.profile().address().masked());
            return new ExportResult.Written(written);
        } catch (IOException e) {
            AtomicFileWriter.rollBackAll(staged);
            Path where = targets.values().iterator().next().toAbsolutePath().getParent();
            log().warn("Export for {} failed: {}", request.profile().address().masked(), e.getClass().getSimpleName());
            return new ExportResult.CouldNotWrite(where, text("error.cannotWrite", where));
        }
    }

    static Text text(String key, Object... args) {
        return new Text(BUNDLE, key, List.of(args));
    }
}
