package io.github.ocnmailsetup.clients;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * What an apply changed, kept in the profile folder so that Undo works later, from the wizard or the command:
 * for each file its backup and the hash of what was written.
 */
record UndoRecord(String appliedAt, List<Entry> entries) {

    /** The file that records the last apply, in the profile folder. Thunderbird ignores it. */
    static final String FILE_NAME = "ocn-mail-setup-undo.properties";

    /** One written file. Paths are relative to the profile folder when inside it. */
    record Entry(Path file, Path backup, String hashAfter) {
    }

    UndoRecord {
        entries = List.copyOf(entries);
    }

    static @Nullable UndoRecord read(Path profile) throws IOException {
        Path file = profile.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        int count = Integer.parseInt(p.getProperty("files", "0"));
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entries.add(new Entry(resolve(profile, p.getProperty("file." + i, "")),
                    resolve(profile, p.getProperty("backup." + i, "")), p.getProperty("sha256." + i, "")));
        }
        return new UndoRecord(p.getProperty("appliedAt", ""), entries);
    }

    void write(Path profile) throws IOException {
        Properties p = new Properties();
        p.setProperty("appliedAt", appliedAt);
        p.setProperty("files", Integer.toString(entries.size()));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            p.setProperty("file." + (i + 1), relative(profile, e.file()));
            p.setProperty("backup." + (i + 1), relative(profile, e.backup()));
            p.setProperty("sha256." + (i + 1), e.hashAfter());
        }
        StringWriter text = new StringWriter();
        p.store(text, "OCN Mail SSL Setup: what the last apply changed, for Undo");
        SafeFiles.writeAtomically(profile.resolve(FILE_NAME), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void delete(Path profile) throws IOException {
        Files.deleteIfExists(profile.resolve(FILE_NAME));
    }

    private static String relative(Path profile, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = profile.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }

    private static Path resolve(Path profile, String stored) {
        return profile.resolve(stored).normalize();
    }
}
