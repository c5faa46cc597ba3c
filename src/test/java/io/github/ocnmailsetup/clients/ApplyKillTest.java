package io.github.ocnmailsetup.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash at any moment of an apply (or an undo) loses nothing: a child JVM applies and undoes in a loop and is
 * killed with SIGKILL at a random moment; every file is then its old or its new self, and Undo (or the next apply)
 * leads back to the original bytes. A bounded number of rounds, so it fits in CI.
 */
class ApplyKillTest {

    private static final int ROUNDS = 8;

    @TempDir
    Path dir;

    @Test
    void that_a_kill_at_a_random_moment_leaves_old_or_new_files_and_a_working_undo() throws Exception {
        Random random = new Random(20261128L);
        for (int round = 0; round < ROUNDS; round++) {
            Path folder = dir.resolve("round" + round).resolve("p");
            ThunderbirdProfile profile = TestProfiles.copy("handmade-several", folder);
            CrashStates states = CrashStates.of(profile);
            killDuringApplyLoop(folder, random.nextInt(120));

            states.assertEachFileOldOrNew();
            ThunderbirdSetup setup = TestProfiles.setup(dir);
            if (round % 2 == 1) {
                ApplyResult again = setup.apply(TestProfiles.plan(setup, profile));
                if (again instanceof ApplyResult.ChangedSincePlan) {
                    again = setup.apply(TestProfiles.plan(setup, profile));
                }
                assertThat(again).isInstanceOfAny(ApplyResult.Applied.class, ApplyResult.NothingToChange.class);
                states.assertAllNew();
            }
            assertThat(setup.undo(profile, false))
                    .isInstanceOfAny(UndoResult.Restored.class, UndoResult.NothingToUndo.class);
            states.assertAllOld();
        }
    }

    private static void killDuringApplyLoop(Path folder, int delayMillis) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), ApplyLoop.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            List<String> seen = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                seen.add(line);
            }
            assertThat(line).as("child output: %s", seen).isEqualTo("ready");
            Thread.sleep(delayMillis);
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }
}
