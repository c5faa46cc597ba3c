package io.github.ocnmailsetup.clients;

import java.util.Locale;

/** Tells whether a process id named in a profile's lock belongs to a running Thunderbird. Tests pass their own. */
@FunctionalInterface
public interface ProcessChecker {

    /** Whether the process is alive and, where the system tells its command, is Thunderbird. */
    boolean isThunderbird(long pid);

    /** The operating system's process table. */
    static ProcessChecker system() {
        return pid -> ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(p -> p.info().command().or(() -> p.info().commandLine()))
                .map(command -> command.map(c -> c.toLowerCase(Locale.ROOT).contains("thunderbird")).orElse(true))
                .orElse(false);
    }

    /** Any live process counts: for when the command cannot be trusted to name Thunderbird. */
    static ProcessChecker anyLiveProcess() {
        return pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

}
