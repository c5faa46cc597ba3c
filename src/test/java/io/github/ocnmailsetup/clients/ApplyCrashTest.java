package io.github.ocnmailsetup.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocnmailsetup.domain.OcnSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An apply stopped dead after each of its steps (as by kill -9 or a power cut there): every file is its old or its
 * new self, and both Undo and the next apply put the profile right. {@link ApplyKillTest} does the same with real
 * kills at random moments.
 */
class ApplyCrashTest {

    @TempDir
    Path dir;

    /** Stands for the process dying: nothing after it runs, no catch block sees it. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    private ThunderbirdSetup crashingAt(int step, List<String> seen) {
        return new ThunderbirdSetup(new ThunderbirdEnvironment(dir, Map.of(),
                ThunderbirdEnvironment.OperatingSystem.LINUX), OcnSettings.bundled(), pid -> false, TestProfiles.CLOCK,
                name -> {
                    seen.add(name);
                    if (seen.size() == step) {
                        throw new Crash();
                    }
                });
    }

    private List<String> steps() {
        ThunderbirdProfile profile = TestProfiles.copy("handmade-several", dir.resolve("count"));
        List<String> seen = new ArrayList<>();
        crashingAt(-1, seen).apply(TestProfiles.plan(TestProfiles.setup(dir), profile));
        return seen;
    }

    @Test
    void that_a_crash_after_any_step_is_put_right_by_undo_and_by_the_next_apply() throws Exception {
        List<String> steps = steps();
        assertThat(steps).containsSubsequence("backup prefs.js", "journal", "write prefs.js",
                "write msgFilterRules.dat", "commit");
        for (int step = 1; step <= steps.size(); step++) {
            for (boolean applyAgain : new boolean[] {false, true}) {
                ThunderbirdProfile profile = TestProfiles.copy("handmade-several",
                        dir.resolve("step" + step + applyAgain).resolve("p"));
                CrashStates states = CrashStates.of(profile);
                ThunderbirdSetup crashing = crashingAt(step, new ArrayList<>());
                ThunderbirdPlan plan = TestProfiles.plan(crashing, profile);
                assertThatThrownBy(() -> crashing.apply(plan)).as(steps.get(step - 1)).isInstanceOf(Crash.class);

                states.assertEachFileOldOrNew();
                ThunderbirdSetup setup = TestProfiles.setup(dir);
                if (applyAgain) {
                    ApplyResult again = setup.apply(TestProfiles.plan(setup, profile));
                    if (again instanceof ApplyResult.ChangedSincePlan) {
                        again = setup.apply(TestProfiles.plan(setup, profile));
                    }
                    assertThat(again).as(steps.get(step - 1))
                            .isInstanceOfAny(ApplyResult.Applied.class, ApplyResult.NothingToChange.class);
                    states.assertAllNew();
                }
                assertThat(setup.undo(profile, false)).as(steps.get(step - 1))
                        .isInstanceOfAny(UndoResult.Restored.class, UndoResult.NothingToUndo.class);
                states.assertAllOld();
                assertThat(setup.canUndo(profile)).isFalse();
            }
        }
    }
}
