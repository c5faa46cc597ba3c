import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run for the AOT cache (JEP 483/514): starts the app image's own runtime with exactly the class
 * path and options its launcher uses, opens the wizard to its first page, then runs a check against the embedded
 * demo server with the demo account (--train-cache; never a user's data), and writes the cache into the image,
 * where the launcher's -XX:AOTCache=$APPDIR/... finds it: one cache for the first page and the check. On Linux
 * without a display it runs under xvfb-run. Part of BuildInstaller.
 */
final class AotTraining {

    private AotTraining() {
    }

    static void run(Path image, BuildInstaller.Os os, String launcher, String cacheName, Path home)
            throws IOException, InterruptedException {
        Path appDir = appDir(image, os);
        Path cfg = cfg(appDir, launcher);
        List<String> command = new ArrayList<>();
        if (os == BuildInstaller.Os.LINUX && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null) {
            if (!BuildInstaller.onPath("xvfb-run")) {
                BuildInstaller.fail("The training run needs a display: install xvfb (xvfb-run), or build with"
                        + " -Dinstaller.train=false to ship without the start-up cache.");
            }
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
        }
        command.add(java(image, os).toString());
        List<String> classPath = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(cfg)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
            if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = value;
            } else if (line.startsWith("java-options=") && !value.startsWith("-XX:AOTCache=")) {
                command.add(value);
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            BuildInstaller.fail("No class path or main class in " + cfg);
        }
        Path cache = appDir.resolve(cacheName);
        command.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Docnsetup.home=" + home,
                "-cp", String.join(File.pathSeparator, classPath), mainClass, "--train-cache"));
        BuildInstaller.run(command);
        if (!Files.isRegularFile(cache)) {
            BuildInstaller.fail("The training run wrote no AOT cache at " + cache);
        }
        System.out.println("[installer] AOT cache " + cache + ": " + Files.size(cache) / (1024 * 1024) + " MB");
    }

    /** Without a training run no launcher (Windows has two) may name a cache that is not there. */
    static void dropCacheOption(Path image, BuildInstaller.Os os, String cacheName) throws IOException {
        for (Path cfg : cfgs(appDir(image, os))) {
            List<String> kept = Files.readAllLines(cfg).stream()
                    .filter(line -> !line.equals("java-options=-XX:AOTCache=$APPDIR/" + cacheName)).toList();
            Files.write(cfg, kept);
        }
    }

    static Path appDir(Path image, BuildInstaller.Os os) {
        return switch (os) {
            case LINUX -> image.resolve("lib").resolve("app");
            case WINDOWS -> image.resolve("app");
            case MAC -> image.resolve("Contents").resolve("app");
        };
    }

    private static Path java(Path image, BuildInstaller.Os os) {
        return switch (os) {
            case LINUX -> image.resolve("lib/runtime/bin/java");
            case WINDOWS -> image.resolve("runtime/bin/java.exe");
            case MAC -> image.resolve("Contents/runtime/Contents/Home/bin/java");
        };
    }

    /**
     * The main launcher's .cfg. On Windows the console launcher has its own with the same class path and options,
     * so the cache trained through the main one serves both.
     */
    static Path cfg(Path appDir, String launcher) throws IOException {
        Path cfg = appDir.resolve(launcher + ".cfg");
        if (!Files.isRegularFile(cfg)) {
            throw new IOException("No launcher " + cfg.getFileName() + " in " + appDir);
        }
        return cfg;
    }

    static List<Path> cfgs(Path appDir) throws IOException {
        try (Stream<Path> files = Files.list(appDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".cfg")).sorted().toList();
        }
    }
}
