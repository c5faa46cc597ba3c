import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Builds the installer for the OS it runs on: a trimmed runtime (jlink), an app image (jpackage), an AOT cache
 * from a training run with the installed class path, then the .deb, .msi or .dmg from that image (jpackage).
 * Run by the Maven profile {@code installer} with the JDK that should be bundled (25 or later):
 * {@code java src/packaging/BuildInstaller.java target=target version=0.1.0 [type=deb] [train=false]}.
 * See docs/installers.md and docs/decisions/0010-installer-build.md.
 */
public final class BuildInstaller {

    static final String NAME_LINUX = "ocn-mail-setup";
    static final String NAME_DESKTOP = "OCN Mail SSL Setup";
    static final String MAIN_JAR = "ocn-mail-setup.jar";
    static final String MAIN_CLASS = "io.github.ocnmailsetup.app.Launcher";
    static final String AOT_CACHE = "ocn-mail-setup.aot";
    static final String VENDOR = "OCN Mail SSL Setup contributors";
    static final String DESCRIPTION = "Moves OCN mail software to SSL (pop.ocn.ne.jp:995, smtp.ocn.ne.jp:465)"
            + " and proves it works";
    static final String WIN_UPGRADE_UUID = "39df2061-cd9d-46ad-9abf-a73dcf700108";
    /**
     * Windows only: the second launcher, a console program, for check, export, thunderbird and --self-check in
     * cmd.exe or PowerShell (the main launcher is a window program, whose output Windows drops). Named like the
     * Linux command, so support staff type the same line on both.
     */
    static final String WIN_CONSOLE_LAUNCHER = "ocn-mail-setup";

    /**
     * What the app and JavaFX use (jdeps), plus what jdeps cannot see (docs/architecture.md, "jlink"). java.desktop
     * (AWT, about 14 MB) is left out: jdeps lists it only for code the app never runs (JavaFX's JavaBean adapters and
     * Java2D pipeline, Angus Mail's image handlers); the two modules of it that are used, java.datatransfer and
     * java.xml, are named. DesktopFreeRuntimeTest keeps the app's own code off AWT.
     */
    static final List<String> MODULES = List.of(
            "java.base", "java.datatransfer", "java.xml", "java.naming", "java.scripting", "java.security.sasl",
            "jdk.unsupported", "jdk.charsets", "jdk.crypto.ec", "jdk.localedata");
    /** The libraries JavaFX 21's own native code links (objdump -p on its .so files), plus a Japanese font: Noto Sans CJK first, for its real bold face (ui.JapaneseFont). */
    static final String LINUX_DEPENDS = "libgtk-3-0, libgl1, libx11-6, libxtst6, libxxf86vm1, libglib2.0-0,"
            + " libpango-1.0-0, libpangoft2-1.0-0, libpangocairo-1.0-0, libcairo2, libcairo-gobject2,"
            + " libgdk-pixbuf-2.0-0, libatk1.0-0, libfreetype6, libfontconfig1,"
            + " fonts-noto-cjk | fonts-ipafont-gothic | fonts-vlgothic";
    /** Small heap and the serial collector: a wizard needs little, and peak memory stays under 200 MB. */
    static final List<String> JAVA_OPTIONS = List.of(
            "-XX:AOTCache=$APPDIR/" + AOT_CACHE, "-XX:+UseSerialGC", "-Xms24m", "-Xmx160m",
            "-XX:TieredStopAtLevel=1", "-Xss512k", "-Dfile.encoding=UTF-8",
            // Reflection (FXML sets every property through it) without generating method handles per method:
            // the first page builds about 20 ms sooner (docs/performance.md).
            "-Djdk.reflect.useNativeAccessorOnly=true",
            // JavaFX 21 on the class path uses sun.misc.Unsafe and JNI: allowed quietly, as on Java 17.
            "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED");

    enum Os { LINUX, WINDOWS, MAC }

    private final Map<String, String> args;
    private final Os os;
    private final Path target;
    private final Path packaging;
    private final Path out;
    private final Path jdk = Path.of(System.getProperty("java.home"));

    BuildInstaller(Map<String, String> args) {
        this(args, currentOs());
    }

    BuildInstaller(Map<String, String> args, Os os) {
        this.args = args;
        this.os = os;
        this.target = Path.of(args.getOrDefault("target", "target")).toAbsolutePath();
        this.packaging = Path.of(args.getOrDefault("packaging", "src/packaging")).toAbsolutePath();
        this.out = target.resolve("installer");
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (String arg : argv) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Arguments are key=value, not " + arg);
            }
            args.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        if (Runtime.version().feature() < 25) {
            fail("The installer needs JDK 25 or later for jlink, jpackage and the AOT cache; this is "
                    + Runtime.version() + ". Run with -Dinstaller.jdk=/path/to/jdk-25.");
        }
        new BuildInstaller(args).build();
    }

    void build() throws IOException, InterruptedException {
        deleteTree(out);
        Path input = stageInput();
        Path runtime = jlink();
        Path image = appImage(input, runtime);
        if (os == Os.LINUX) {
            ShellLauncher.replace(image, name());
        }
        if (Boolean.parseBoolean(args.getOrDefault("train", "true"))) {
            AotTraining.run(image, os, name(), AOT_CACHE, out.resolve("training-home"));
        } else {
            AotTraining.dropCacheOption(image, os, AOT_CACHE);
        }
        String type = args.getOrDefault("type", "");
        type = type.isBlank() ? defaultType() : type;
        if (!type.equals("app-image")) {
            installer(image, type);
        }
    }

    /**
     * The main jar and exactly the jars its manifest's Class-Path names (a stale jar left in target/lib by an
     * earlier build must not ship). JavaFX's jars without an OS classifier are empty placeholders and stay out.
     */
    private Path stageInput() throws IOException {
        Path input = out.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Path mainJar = target.resolve(MAIN_JAR);
        Files.copy(mainJar, input.resolve(MAIN_JAR));
        String classPath;
        try (JarFile jar = new JarFile(mainJar.toFile())) {
            classPath = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        }
        if (classPath == null || classPath.isBlank()) {
            fail("The main jar " + mainJar + " names no Class-Path in its manifest: build it with ./mvnw package");
        }
        for (String entry : classPath.trim().split("\\s+")) {
            String name = Path.of(entry).getFileName().toString();
            if (name.matches("javafx-[a-z]+-[0-9.]+\\.jar")) {
                continue;
            }
            Path jar = target.resolve(entry);
            if (!Files.isRegularFile(jar)) {
                fail("The main jar's Class-Path names " + entry + ", which is not in " + target);
            }
            Files.copy(jar, input.resolve("lib").resolve(name));
        }
        return input;
    }

    private Path jlink() throws IOException, InterruptedException {
        Path runtime = out.resolve("runtime");
        List<String> modules = new ArrayList<>(MODULES);
        if (os == Os.WINDOWS) {
            modules.add("jdk.crypto.mscapi"); // Windows-ROOT: the OS's trusted roots
        }
        run(List.of(tool("jlink"), "--add-modules", String.join(",", modules), "--strip-debug",
                "--no-header-files", "--no-man-pages", "--compress=zip-9", "--include-locales=ja,en",
                "--output", runtime.toString()));
        if (os == Os.LINUX && onPath("strip")) {
            // Temurin ships libjvm.so with its symbol table (about 5 MB); the JVM needs only the dynamic one.
            List<String> strip = new ArrayList<>(List.of("strip", "--strip-unneeded"));
            try (Stream<Path> files = Files.walk(runtime.resolve("lib"))) {
                files.filter(p -> p.toString().endsWith(".so")).forEach(p -> strip.add(p.toString()));
            }
            run(strip);
        }
        return runtime;
    }

    private Path appImage(Path input, Path runtime) throws IOException, InterruptedException {
        Path dest = out.resolve("image");
        Path consoleLauncher = out.resolve("console-launcher.properties");
        if (os == Os.WINDOWS) {
            Files.write(consoleLauncher, CONSOLE_LAUNCHER_PROPERTIES);
        }
        run(appImageCommand(input, runtime, dest, consoleLauncher));
        Path image = dest.resolve(os == Os.MAC ? name() + ".app" : name());
        return image; // on Linux, ShellLauncher then replaces jpackage's launcher and its library
    }

    /**
     * The console launcher's jpackage properties (keys from jpackage's --add-launcher help). It sets no
     * java-options, so it gets the main launcher's (jpackage copies them to a launcher whose file names none):
     * the same class path and options, so the same AOT cache serves both.
     */
    static final List<String> CONSOLE_LAUNCHER_PROPERTIES = List.of(
            "win-console=true", "win-shortcut=false", "win-menu=false",
            "description=" + NAME_DESKTOP + " (command line: check, export, thunderbird)");

    /** jpackage's app-image command: the main launcher and, on Windows, the console launcher beside it. */
    List<String> appImageCommand(Path input, Path runtime, Path dest, Path consoleLauncher) {
        List<String> command = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image",
                "--name", name(), "--input", input.toString(), "--main-jar", MAIN_JAR, "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--dest", dest.toString(), "--icon", icon().toString()));
        command.addAll(common());
        List<String> options = new ArrayList<>(JAVA_OPTIONS);
        if (os == Os.LINUX) {
            // Software rendering: with GDK_GL=disable (the menu entry sets it) no OpenGL stack is loaded at all,
            // about 60 MB less memory. decisions/0011-rendering-pipeline.md.
            options.add("-Dprism.order=sw");
        }
        for (String option : options) {
            command.add("--java-options");
            command.add(option);
        }
        if (os == Os.WINDOWS) {
            command.addAll(List.of("--add-launcher", WIN_CONSOLE_LAUNCHER + "=" + consoleLauncher));
        }
        if (os == Os.MAC) {
            command.addAll(List.of("--mac-package-identifier", "io.github.ocnmailsetup",
                    "--mac-package-name", NAME_DESKTOP));
        }
        return command;
    }

    private void installer(Path image, String type) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("jpackage"), "--type", type, "--name", name(),
                "--app-image", image.toString(), "--dest", target.toString(), "--icon", icon().toString()));
        command.addAll(common());
        switch (os) {
            case LINUX -> command.addAll(List.of("--linux-package-name", NAME_LINUX,
                    "--linux-deb-maintainer", "ocn-mail-setup@users.noreply.github.com",
                    "--linux-menu-group", "Network;Email;", "--linux-app-category", "mail",
                    "--linux-shortcut", "--linux-package-deps", LINUX_DEPENDS,
                    "--resource-dir", packaging.resolve("linux").toString()));
            case WINDOWS -> command.addAll(List.of("--win-per-user-install", "--win-menu",
                    "--win-menu-group", NAME_DESKTOP, "--win-shortcut", "--win-dir-chooser",
                    "--win-upgrade-uuid", WIN_UPGRADE_UUID));
            case MAC -> command.addAll(macSigning());
        }
        run(command);
        if (os == Os.LINUX && "deb".equals(type)) {
            keepTrainedTimes(image);
        }
    }

    /**
     * The AOT cache checks the modification time of every jar on the class path, and jpackage's .deb gives the
     * copied files new times, so the installed app would silently start without its cache. This repacks the
     * .deb with the times the training run saw (the package is otherwise unchanged).
     */
    private void keepTrainedTimes(Path image) throws IOException, InterruptedException {
        Path deb;
        try (Stream<Path> files = Files.list(target)) {
            deb = files.filter(f -> f.getFileName().toString().startsWith(NAME_LINUX + "_")
                    && f.getFileName().toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Path unpacked = Files.createTempDirectory(target, "deb-");
        Path tree = unpacked.resolve("root");
        run(List.of("dpkg-deb", "-R", deb.toString(), tree.toString()));
        Path installedApp = tree.resolve("opt").resolve(NAME_LINUX).resolve("lib").resolve("app");
        Path trainedApp = image.resolve("lib").resolve("app");
        try (Stream<Path> files = Files.walk(installedApp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path trained = trainedApp.resolve(installedApp.relativize(file).toString());
                if (Files.isRegularFile(trained)) {
                    Files.setLastModifiedTime(file, Files.getLastModifiedTime(trained));
                }
            }
        }
        // xz at its strongest: the .deb stays under 40 MiB with the cache trained on a check too (performance.md).
        run(List.of("dpkg-deb", "--root-owner-group", "-Zxz", "-z9", "-Sextreme", "--build", tree.toString(),
                deb.toString()));
        deleteTree(unpacked);
    }

    /** Signs the .dmg's app when the workflow provides a Developer ID (env MAC_SIGNING_KEY_USER_NAME). */
    private static List<String> macSigning() {
        String identity = System.getenv("MAC_SIGNING_KEY_USER_NAME");
        if (identity == null || identity.isBlank()) {
            return List.of();
        }
        List<String> options = new ArrayList<>(List.of("--mac-sign", "--mac-signing-key-user-name", identity));
        String keychain = System.getenv("MAC_SIGNING_KEYCHAIN");
        if (keychain != null && !keychain.isBlank()) {
            options.addAll(List.of("--mac-signing-keychain", keychain));
        }
        return options;
    }

    private List<String> common() {
        return List.of("--app-version", appVersion(), "--vendor", VENDOR, "--description", DESCRIPTION,
                "--copyright", "Apache License 2.0");
    }

    /** jpackage wants digits only; macOS also wants a first number above zero. */
    String appVersion() {
        String version = args.getOrDefault("version", "1.0.0").replaceAll("[^0-9.].*$", "");
        if (os == Os.MAC && version.startsWith("0.")) {
            version = "1." + version.substring(2);
        }
        return version;
    }

    String name() {
        return os == Os.LINUX ? NAME_LINUX : NAME_DESKTOP;
    }

    private Path icon() {
        String extension = switch (os) {
            case LINUX -> "png";
            case WINDOWS -> "ico";
            case MAC -> "icns";
        };
        return packaging.resolve("icons").resolve("ocn-mail-setup." + extension);
    }

    private String defaultType() {
        return switch (os) {
            case LINUX -> "deb";
            case WINDOWS -> "msi";
            case MAC -> "dmg";
        };
    }

    private String tool(String name) {
        return jdk.resolve("bin").resolve(os == Os.WINDOWS ? name + ".exe" : name).toString();
    }

    static Os currentOs() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? Os.WINDOWS : name.startsWith("mac") ? Os.MAC : Os.LINUX;
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        System.out.println("[installer] " + String.join(" ", command));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            fail("Failed: " + command.get(0) + " (exit " + (process.isAlive() ? "timeout" : process.exitValue())
                    + ")");
        }
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void fail(String message) {
        System.err.println("[installer] " + message);
        System.exit(1);
    }
}
