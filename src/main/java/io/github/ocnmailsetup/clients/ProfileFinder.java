package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds Thunderbird profiles through profiles.ini in the usual places, or takes a folder the user names. */
final class ProfileFinder {

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(ProfileFinder.class);
    }

    private ProfileFinder() {
    }

    /** Every profile with a prefs.js listed in a profiles.ini under the environment's profile roots. */
    static List<ThunderbirdProfile> find(ThunderbirdEnvironment environment) {
        List<ThunderbirdProfile> found = new ArrayList<>();
        for (Path root : environment.profileRoots()) {
            Path ini = root.resolve("profiles.ini");
            if (!Files.isRegularFile(ini)) {
                continue;
            }
            try {
                for (ThunderbirdProfile profile : readProfilesIni(root, Files.readString(ini, StandardCharsets.UTF_8))) {
                    if (Files.isRegularFile(profile.prefsFile())
                            && found.stream().noneMatch(p -> sameFolder(p.folder(), profile.folder()))) {
                        found.add(profile);
                    }
                }
            } catch (IOException e) {
                log().warn("Cannot read {}: {}", ini, e.getClass().getSimpleName());
            }
        }
        return found;
    }

    /**
     * The profile in a folder the user named: the folder itself when it holds prefs.js, or the default profile
     * of a profiles.ini in it.
     */
    static ThunderbirdProfile atFolder(Path folder) {
        Path normal = folder.toAbsolutePath().normalize();
        if (Files.isRegularFile(normal.resolve("prefs.js"))) {
            Path fileName = normal.getFileName();
            return new ThunderbirdProfile(fileName == null ? normal.toString() : fileName.toString(), normal, false);
        }
        Path ini = normal.resolve("profiles.ini");
        if (Files.isRegularFile(ini)) {
            try {
                List<ThunderbirdProfile> listed = readProfilesIni(normal, Files.readString(ini, StandardCharsets.UTF_8))
                        .stream().filter(p -> Files.isRegularFile(p.prefsFile())).toList();
                if (!listed.isEmpty()) {
                    return listed.stream().filter(ThunderbirdProfile::isDefault).findFirst().orElse(listed.get(0));
                }
            } catch (IOException e) {
                log().warn("Cannot read {}: {}", ini, e.getClass().getSimpleName());
            }
        }
        throw new ValidationException(ClientText.of("profile.notFound", folder.toString()));
    }

    /** The [ProfileN] sections of a profiles.ini; Default=1 or an [Install…] Default= marks the default. */
    static List<ThunderbirdProfile> readProfilesIni(Path root, String text) {
        Map<String, Map<String, String>> sections = IniText.parse(text);
        List<String> installDefaults = sections.entrySet().stream()
                .filter(e -> e.getKey().startsWith("Install"))
                .map(e -> e.getValue().get("Default")).filter(v -> v != null).toList();
        List<ThunderbirdProfile> profiles = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> section : sections.entrySet()) {
            if (!section.getKey().startsWith("Profile")) {
                continue;
            }
            Map<String, String> values = section.getValue();
            String path = values.get("Path");
            if (path == null || path.isBlank()) {
                continue;
            }
            Path folder;
            try {
                folder = "1".equals(values.get("IsRelative"))
                        ? root.resolve(path.replace('\\', '/')).normalize()
                        : Path.of(path).normalize();
            } catch (InvalidPathException e) {
                continue;
            }
            boolean isDefault = "1".equals(values.get("Default")) || installDefaults.contains(path);
            profiles.add(new ThunderbirdProfile(values.getOrDefault("Name", path), folder, isDefault));
        }
        return profiles;
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.equals(b);
        }
    }

    /** A tiny reader for the INI files Mozilla writes (profiles.ini, compatibility.ini, application.ini). */
    static final class IniText {
        private IniText() {
        }

        static Map<String, Map<String, String>> parse(String text) {
            Map<String, Map<String, String>> sections = new LinkedHashMap<>();
            Map<String, String> current = null;
            for (String raw : text.split("\r?\n|\r")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new LinkedHashMap<>());
                } else if (current != null && line.contains("=")) {
                    int eq = line.indexOf('=');
                    current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
            return sections;
        }
    }
}
