package io.github.ocnmailsetup.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code --measure-startup}: opens the wizard as a user's double-click does, prints the milliseconds from the
 * start of the process to the first page showing, and closes. The benchmark (src/packaging/bench/startup.sh)
 * and the build's training run for the start-up cache use it.
 */
final class StartupMeasure {

    /** A window that never shows must not hang a build or a benchmark. */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(90);
    /** USER_HZ is 100 on every Linux the app supports. */
    private static final long LINUX_TICK_MILLIS = 10;

    private StartupMeasure() {
    }

    /**
     * Opens the wizard exactly as {@link WizardStart} does with these arguments ({@code --demo}, {@code --lang}),
     * prints {@code first-page-ms N} when the first page shows and ends the process at once: nothing that would
     * run after the first page (the trust load, the check's warm-up) runs, so the build's training run records
     * only what the first page needs.
     */
    static int run(AppFolders folders, String[] wizardArgs) {
        startWatchdog();
        int exit = WizardStart.start(folders, wizardArgs, () -> {
            System.out.println("first-page-ms " + processAgeMillis());
            System.out.flush();
            // halt, not exit: no shutdown work after the page (the JVM still writes a requested AOT cache).
            Runtime.getRuntime().halt(0);
        });
        return exit == WizardStart.OK ? WizardStart.PROBLEM : exit; // reaching here means no page showed
    }

    /** Ends the process when no first page shows in time: a build or a benchmark must not hang. */
    static void startWatchdog() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(GIVE_UP_AFTER.toMillis());
                System.err.println("measure-startup: no first page after " + GIVE_UP_AFTER.toSeconds() + " s");
                Runtime.getRuntime().halt(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "measure-startup-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /**
     * Milliseconds since the OS started this process. On Linux from /proc (boot-relative clock ticks, 10 ms
     * steps), because {@link ProcessHandle.Info#startInstant()} is there anchored to the boot time in whole
     * seconds; elsewhere from {@link ProcessHandle}, which Windows and macOS report precisely.
     */
    static long processAgeMillis() {
        try {
            return linuxAgeMillis(Files.readString(Path.of("/proc/self/stat")),
                    Files.readString(Path.of("/proc/uptime")));
        } catch (IOException | RuntimeException notLinux) {
            Instant start = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
            return Duration.between(start, Instant.now()).toMillis();
        }
    }

    /** The age from /proc/self/stat's start time (field 22, clock ticks of 10 ms) and /proc/uptime. */
    static long linuxAgeMillis(String stat, String uptime) {
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long startTicks = Long.parseLong(afterName[19]);
        double uptimeSeconds = Double.parseDouble(uptime.trim().split("\\s+")[0]);
        return Math.round(uptimeSeconds * 1000) - startTicks * LINUX_TICK_MILLIS;
    }
}
