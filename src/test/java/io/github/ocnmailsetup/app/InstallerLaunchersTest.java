package io.github.ocnmailsetup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installer build (src/packaging/BuildInstaller.java, a source-file program run by the installer profile)
 * gives Windows a console launcher beside the window one, so that {@code check}, {@code export} and
 * {@code thunderbird} print in cmd.exe and PowerShell; both launchers share one AOT cache. Windows cannot run
 * here, so this checks the jpackage arguments the build would pass, compiled from the build's own source.
 */
class InstallerLaunchersTest {

    @TempDir
    static Path compiled;

    private static ClassLoader build;

    @BeforeAll
    static void compile_the_installer_build() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int exit = javac.run(null, null, null, "--release", "17", "-d", compiled.toString(),
                "src/packaging/BuildInstaller.java", "src/packaging/AotTraining.java",
                "src/packaging/ShellLauncher.java");
        assertEquals(0, exit, "src/packaging compiles");
        build = new URLClassLoader(new URL[] {compiled.toUri().toURL()}, null);
    }

    @Test
    void that_windows_gets_a_console_launcher_beside_the_window_launcher() throws Exception {
        List<String> command = appImageCommand("WINDOWS");

        int addLauncher = command.indexOf("--add-launcher");
        assertTrue(addLauncher > 0, "--add-launcher in " + command);
        assertEquals("ocn-mail-setup=" + Path.of("console.properties"), command.get(addLauncher + 1));
        assertThat(command).doesNotContain("--win-console"); // the main launcher stays a window program
        assertEquals("OCN Mail SSL Setup", command.get(command.indexOf("--name") + 1));
    }

    @Test
    void that_the_console_launcher_is_a_console_program_without_shortcuts_and_with_the_main_options()
            throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(String.join("\n", consoleLauncherProperties())));

        assertEquals("true", properties.getProperty("win-console"));
        assertEquals("false", properties.getProperty("win-shortcut"));
        assertEquals("false", properties.getProperty("win-menu"));
        // Without its own java-options jpackage gives it the main launcher's, the AOT cache among them.
        assertThat(properties.stringPropertyNames()).doesNotContain("java-options", "main-class", "main-jar");
    }

    @Test
    void that_linux_and_macos_get_no_second_launcher() throws Exception {
        assertThat(appImageCommand("LINUX")).doesNotContain("--add-launcher");
        assertThat(appImageCommand("MAC")).doesNotContain("--add-launcher");
    }

    @Test
    void that_the_training_run_reads_the_main_launchers_cfg_and_a_build_without_cache_clears_both(
            @TempDir Path image) throws Exception {
        Path app = Files.createDirectories(image.resolve("app"));
        List<String> cfg = List.of("[JavaOptions]", "java-options=-XX:AOTCache=$APPDIR/ocn-mail-setup.aot",
                "java-options=-Xss512k");
        Files.write(app.resolve("ocn-mail-setup.cfg"), cfg);
        Files.write(app.resolve("OCN Mail SSL Setup.cfg"), cfg);
        Class<?> training = build.loadClass("AotTraining");

        Method cfgOf = training.getDeclaredMethod("cfg", Path.class, String.class);
        cfgOf.setAccessible(true);
        assertEquals(app.resolve("OCN Mail SSL Setup.cfg"), cfgOf.invoke(null, app, "OCN Mail SSL Setup"));

        Method drop = training.getDeclaredMethod("dropCacheOption", Path.class, os("WINDOWS").getClass(),
                String.class);
        drop.setAccessible(true);
        drop.invoke(null, image, os("WINDOWS"), "ocn-mail-setup.aot");
        for (String name : List.of("ocn-mail-setup.cfg", "OCN Mail SSL Setup.cfg")) {
            assertEquals(List.of("[JavaOptions]", "java-options=-Xss512k"), Files.readAllLines(app.resolve(name)));
        }
    }

    @Test
    void that_the_linux_launcher_starts_the_bundled_java_with_the_cfgs_options_class_path_and_arguments(
            @TempDir Path image) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("bin"));
        Files.write(image.resolve("bin/ocn-mail-setup"), new byte[] {0x7f, 'E', 'L', 'F'}); // jpackage's launcher
        Files.write(app.resolveSibling("libapplauncher.so"), new byte[] {0x7f, 'E', 'L', 'F'}); // and its library
        Files.write(app.resolve("ocn-mail-setup.cfg"), List.of("[Application]",
                "app.classpath=$APPDIR/ocn-mail-setup.jar", "app.mainclass=io.github.ocnmailsetup.app.Launcher",
                "app.classpath=$APPDIR/lib/angus-mail-2.0.5.jar", "", "[JavaOptions]",
                "java-options=-XX:AOTCache=$APPDIR/ocn-mail-setup.aot", "java-options=-Xss512k"));
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n"); // prints its arguments
        assertTrue(java.toFile().setExecutable(true));

        Method replace = build.loadClass("ShellLauncher").getDeclaredMethod("replace", Path.class, String.class);
        replace.setAccessible(true);
        replace.invoke(null, image, "ocn-mail-setup");
        Process run = new ProcessBuilder(image.resolve("bin/ocn-mail-setup").toString(), "check", "--email",
                "two words").redirectErrorStream(true).start();
        List<String> arguments = new String(run.getInputStream().readAllBytes(), "UTF-8").lines().toList();
        // as a link elsewhere (a menu or /usr/bin entry) names it: the app is still found through the link
        Path link = Files.createSymbolicLink(image.resolve("elsewhere"), image.resolve("bin/ocn-mail-setup"));
        Process linked = new ProcessBuilder(link.toString(), "check", "--email", "two words")
                .redirectErrorStream(true).start();
        List<String> linkedArguments = new String(linked.getInputStream().readAllBytes(), "UTF-8").lines().toList();

        String appDir = image.toRealPath().resolve("lib/app").toString();
        assertEquals(0, run.waitFor());
        assertEquals(0, linked.waitFor());
        assertEquals(arguments, linkedArguments);
        assertTrue(Files.notExists(image.resolve("lib/libapplauncher.so")), "jpackage's launcher library is gone");
        assertEquals(List.of("-XX:AOTCache=" + appDir + "/ocn-mail-setup.aot", "-Xss512k", "-cp",
                appDir + "/ocn-mail-setup.jar:" + appDir + "/lib/angus-mail-2.0.5.jar",
                "io.github.ocnmailsetup.app.Launcher", "check", "--email", "two words"), arguments);
    }

    @SuppressWarnings("unchecked")
    private static List<String> appImageCommand(String os) throws Exception {
        Class<?> buildInstaller = build.loadClass("BuildInstaller");
        Constructor<?> constructor = buildInstaller.getDeclaredConstructor(Map.class, os(os).getClass());
        constructor.setAccessible(true);
        Object installer = constructor.newInstance(Map.of("version", "0.1.0"), os(os));
        Method command = buildInstaller.getDeclaredMethod("appImageCommand", Path.class, Path.class, Path.class,
                Path.class);
        command.setAccessible(true);
        return (List<String>) command.invoke(installer, Path.of("input"), Path.of("runtime"), Path.of("dest"),
                Path.of("console.properties"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> consoleLauncherProperties() throws Exception {
        Field field = build.loadClass("BuildInstaller").getDeclaredField("CONSOLE_LAUNCHER_PROPERTIES");
        field.setAccessible(true);
        return (List<String>) field.get(null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object os(String name) throws Exception {
        return Enum.valueOf((Class) build.loadClass("BuildInstaller$Os"), name);
    }
}
