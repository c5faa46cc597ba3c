package io.github.ocnmailsetup.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the "move to folder" targets of message filters (msgFilterRules.dat) from the old server URI to the
 * new one, as MsgIncomingServer.migrateFilters does; only the actionValue lines concerned change.
 */
final class FilterEdits {

    private static final Pattern ACTION_VALUE = Pattern.compile("^(actionValue=\")(.*)(\"\\s*)$");

    private final Map<Path, byte[]> originals = new LinkedHashMap<>();
    private final Map<Path, String> edited = new LinkedHashMap<>();
    private final Map<Path, List<UriMove>> moves = new LinkedHashMap<>();

    void migrate(Path file, String oldRoot, String newRoot, List<SettingChange> changes) {
        String text = edited.get(file);
        if (text == null) {
            if (!Files.isRegularFile(file)) {
                return;
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                originals.put(file, bytes);
                text = new String(bytes, StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                return;
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines(text)) {
            String body = line.replaceAll("[\r\n]+$", "");
            Matcher m = ACTION_VALUE.matcher(body);
            if (m.matches()) {
                String moved = ServerUri.migrate(m.group(2), oldRoot, newRoot);
                if (!moved.equals(m.group(2))) {
                    changes.add(new SettingChange(Setting.FILTER_TARGET, file.getFileName() + " (" + file + ")",
                            m.group(2), moved));
                    moves.computeIfAbsent(file, f -> new ArrayList<>()).add(new UriMove(m.group(2), moved));
                    line = m.group(1) + moved + m.group(3) + line.substring(body.length());
                }
            }
            out.append(line);
        }
        edited.put(file, out.toString());
    }

    /**
     * A filter file with the folder references an apply moved put back (the last move first); every other line,
     * including filters the user added or changed since, stays as it is.
     */
    static byte[] undo(byte[] content, List<UriMove> moves) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(new String(content, StandardCharsets.ISO_8859_1))) {
            String body = line.replaceAll("[\r\n]+$", "");
            Matcher m = ACTION_VALUE.matcher(body);
            if (m.matches()) {
                String value = m.group(2);
                for (int i = moves.size() - 1; i >= 0; i--) {
                    if (value.equals(moves.get(i).to())) {
                        value = moves.get(i).from();
                    }
                }
                line = m.group(1) + value + m.group(3) + line.substring(body.length());
            }
            out.append(line);
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The lines of a text, each with its own ending, so CRLF and LF files stay as they are. */
    private static String[] lines(String text) {
        return text.isEmpty() ? new String[0] : text.split("(?<=\n)|(?<=\r)(?!\n)");
    }

    List<PlannedFile> files() {
        List<PlannedFile> files = new ArrayList<>();
        for (Map.Entry<Path, String> entry : edited.entrySet()) {
            byte[] before = originals.get(entry.getKey());
            byte[] after = entry.getValue().getBytes(StandardCharsets.ISO_8859_1);
            if (!java.util.Arrays.equals(before, after)) {
                files.add(PlannedFile.filters(entry.getKey(), FileHash.sha256(before), after,
                        moves.getOrDefault(entry.getKey(), List.of())));
            }
        }
        return files;
    }
}
