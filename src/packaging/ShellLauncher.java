import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Linux: replaces jpackage's native launcher in the app image's bin folder by a small shell script that starts the
 * bundled runtime with exactly the class path, main class and options of the launcher's .cfg. jpackage's launcher
 * asks the package manager where its own library is at every start ({@code rpm -qf}, {@code dpkg -S}, and for an
 * installed .deb {@code dpkg -L}), twice: about 110 ms of every start on this build machine, more where dpkg's
 * database is large or not in the page cache (docs/performance.md, decisions/0035). Part of BuildInstaller.
 */
final class ShellLauncher {

    private ShellLauncher() {
    }

    /** Writes bin/NAME as the script for lib/app/NAME.cfg; jpackage's launcher library goes with its launcher. */
    static void replace(Path image, String name) throws IOException {
        Path cfg = image.resolve("lib").resolve("app").resolve(name + ".cfg");
        Path launcher = image.resolve("bin").resolve(name);
        Files.delete(launcher);
        Files.deleteIfExists(image.resolve("lib").resolve("libapplauncher.so")); // 1.3 MB only it loaded
        Files.writeString(launcher, script(Files.readAllLines(cfg)));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The script for a jpackage .cfg: its [JavaOptions], app.classpath and app.mainclass. */
    static String script(List<String> cfg) {
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        String mainClass = null;
        for (String line : cfg) {
            String value = line.substring(line.indexOf('=') + 1);
            if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = value;
            } else if (line.startsWith("java-options=")) {
                options.add(value);
            } else if (line.startsWith("arguments=")) {
                throw new IllegalArgumentException("Default arguments are not supported: " + line);
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new IllegalArgumentException("No main class or class path in the launcher's .cfg");
        }
        StringBuilder command = new StringBuilder("exec \"$app/lib/runtime/bin/java\"");
        for (String option : options) {
            command.append(" \\\n  ").append(quoted(option));
        }
        command.append(" \\\n  -cp ").append(quoted(String.join(":", classPath)))
                .append(" \\\n  ").append(quoted(mainClass)).append(" \"$@\"\n");
        return "#!/bin/sh\n"
                + "# OCN Mail SSL Setup. Starts the bundled Java runtime with the class path and options of\n"
                + "# ../lib/app/*.cfg. Written by the installer build in place of jpackage's launcher, which asks\n"
                + "# the package manager about itself at every start (docs/performance.md).\n"
                + "# One process before java (readlink), the folders by the shell itself.\n"
                + "self=$(readlink -f \"$0\")\n"
                + "app=${self%/bin/*}\n"
                + "APPDIR=\"$app/lib/app\"\n"
                + command;
    }

    /** In double quotes, with jpackage's $APPDIR as the shell variable; nothing else may expand. */
    static String quoted(String value) {
        String rest = value.replace("$APPDIR", "");
        if (rest.matches(".*[\"`\\\\$].*")) {
            throw new IllegalArgumentException("A launcher value the script cannot quote safely: " + value);
        }
        return "\"" + value.replace("$APPDIR", "${APPDIR}") + "\"";
    }
}
