package io.github.ocnmailsetup.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A running Thunderbird against a stale lock, with real processes started by the test. */
@DisabledOnOs(OS.WINDOWS)
class ProfileLockTest {

    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void stopChild() throws Exception {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private ThunderbirdProfile profileWithLockFiles() throws Exception {
        ThunderbirdProfile profile = TestProfiles.copy("real-153", dir.resolve("p"));
        Files.createFile(profile.folder().resolve(".parentlock"));
        return profile;
    }

    private static Process sleeper() throws Exception {
        return new ProcessBuilder("sleep", "120").start();
    }

    private static long deadPid() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        return gone.pid();
    }

    private static ThunderbirdSetup setup(Path home, ProcessChecker checker) {
        return new ThunderbirdSetup(new ThunderbirdEnvironment(home, java.util.Map.of(),
                ThunderbirdEnvironment.OperatingSystem.LINUX), io.github.ocnmailsetup.domain.OcnSettings.bundled(),
                checker, TestProfiles.CLOCK);
    }

    @Test
    void that_a_stale_lock_left_by_a_thunderbird_that_exited_does_not_block() throws Exception {
        ThunderbirdProfile profile = profileWithLockFiles();
        Files.createSymbolicLink(profile.folder().resolve("lock"), Path.of("127.0.0.1:+" + deadPid()));
        ThunderbirdSetup setup = setup(dir, ProcessChecker.system());

        assertThat(setup.isInUse(profile)).isFalse();
        assertThat(setup.apply(TestProfiles.plan(setup, profile))).isInstanceOf(ApplyResult.Applied.class);
    }

    @Test
    void that_a_live_process_named_in_the_lock_symlink_blocks_apply_and_undo() throws Exception {
        ThunderbirdProfile profile = profileWithLockFiles();
        ThunderbirdSetup free = setup(dir, ProcessChecker.anyLiveProcess());
        ThunderbirdPlan plan = TestProfiles.plan(free, profile);
        free.apply(plan);
        byte[] applied = Files.readAllBytes(profile.prefsFile());
        child = sleeper();
        Files.createSymbolicLink(profile.folder().resolve("lock"), Path.of("127.0.0.1:+" + child.pid()));

        assertThat(free.isInUse(profile)).isTrue();
        assertThat(free.undo(profile, true)).isInstanceOf(UndoResult.ThunderbirdRunning.class);
        assertThat(Files.readAllBytes(profile.prefsFile())).isEqualTo(applied);
    }

    @Test
    void that_a_live_process_that_is_not_thunderbird_under_a_reused_pid_does_not_block() throws Exception {
        ThunderbirdProfile profile = profileWithLockFiles();
        child = sleeper();
        Files.createSymbolicLink(profile.folder().resolve("lock"), Path.of("127.0.0.1:+" + child.pid()));

        assertThat(setup(dir, ProcessChecker.system()).isInUse(profile)).isFalse();
    }

    @Test
    void that_a_process_holding_the_parentlock_blocks_apply() throws Exception {
        ThunderbirdProfile profile = profileWithLockFiles();
        byte[] original = Files.readAllBytes(profile.prefsFile());
        String java = ProcessHandle.current().info().command().orElse("java");
        child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                profile.folder().resolve(".parentlock").toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked true");
        }
        ThunderbirdSetup setup = setup(dir, pid -> false);

        assertThat(setup.isInUse(profile)).isTrue();
        assertThat(setup.apply(TestProfiles.plan(setup, profile))).isInstanceOf(ApplyResult.ThunderbirdRunning.class);
        assertThat(Files.readAllBytes(profile.prefsFile())).isEqualTo(original);

        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
        assertThat(setup.isInUse(profile)).isFalse();
    }
}
