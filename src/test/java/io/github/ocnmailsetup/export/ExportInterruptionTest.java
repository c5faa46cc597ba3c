package io.github.ocnmailsetup.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --format all --force} stopped at any moment: each of the four names holds its old bytes or its new
 * ones, or stays absent if it was absent, and the next run removes what the stopped one left. Three ways to stop it:
 * a simulated kill before each step in turn, an I/O failure before each step in turn (then nothing at all changes),
 * and a real {@code kill -9} of a child JVM at random moments.
 */
class ExportInterruptionTest {

    private static final Set<ExportFormat> ALL = EnumSet.allOf(ExportFormat.class);
    private static final ExportRequest JA = Samples.request(Locale.JAPANESE);
    private static final ExportRequest EN = Samples.request(Locale.ENGLISH);
    private static final int KILL_ROUNDS = 12;

    @TempDir
    Path dir;

    @TempDir
    Path home;

    /** Stands for a kill: an Error, which no catch in the writer handles, so nothing after it runs. */
    private static final class SimulatedKill extends Error {
        private static final long serialVersionUID = 1L;
    }

    @AfterEach
    void normalSteps() {
        AtomicFileWriter.steps = step -> { };
    }

    @Test
    void that_a_kill_before_any_step_leaves_each_name_old_new_or_absent_and_the_next_run_clears_up()
            throws IOException {
        int kills = 0;
        for (int stopAt = 1; ; stopAt++) {
            Map<String, @Nullable String> before = startWithTwoOldFilesAndTwoAbsent();
            stopBefore(stopAt, SimulatedKill::new);
            boolean stopped = false;
            try {
                ProfileExporter.write(JA, ALL, dir, true);
            } catch (SimulatedKill e) {
                stopped = true;
            }
            AtomicFileWriter.steps = step -> { };
            assertEachNameHoldsOneOf(before, List.of(JA), "killed before step " + stopAt);
            if (!stopped) {
                break;
            }
            kills++;
            assertThat(ProfileExporter.write(EN, ALL, dir, true)).isInstanceOf(ExportResult.Written.class);
            assertThat(listing()).as("after the next run, killed before step %d", stopAt)
                    .containsExactlyInAnyOrderElementsOf(contractNames());
            assertEachNameHoldsOneOf(Map.of(), List.of(EN), "after the next run");
        }
        assertThat(kills).as("steps of a write of four files, two of them replaced").isGreaterThanOrEqualTo(16);
    }

    @Test
    void that_a_failure_before_any_step_leaves_every_name_exactly_as_it_was_and_no_work_file() throws IOException {
        for (int failAt = 1; ; failAt++) {
            Map<String, @Nullable String> before = startWithTwoOldFilesAndTwoAbsent();
            stopBefore(failAt, () -> new IOException("disk full"));
            ExportResult result = ProfileExporter.write(JA, ALL, dir, true);
            AtomicFileWriter.steps = step -> { };
            if (result instanceof ExportResult.Written) {
                // Past the last step that can fail: removing the old copies is best effort, the write stands.
                assertEachNameHoldsOneOf(Map.of(), List.of(JA), "failed at step " + failAt);
                break;
            }
            assertThat(result).isInstanceOf(ExportResult.CouldNotWrite.class);
            assertThat(contents()).as("failed before step %d", failAt).isEqualTo(before);
            assertThat(listing()).as("failed before step %d", failAt).hasSize(2);
        }
    }

    @Test
    void that_a_child_jvm_killed_at_random_moments_leaves_each_name_old_or_new_and_the_next_run_clears_up()
            throws Exception {
        Random random = new Random();
        Files.createDirectories(dir);
        int roundsWithWorkFiles = 0;
        for (int round = 1; round <= KILL_ROUNDS; round++) {
            for (String name : contractNames()) {
                if (random.nextInt(3) == 0) {
                    Files.deleteIfExists(dir.resolve(name));
                }
            }
            Map<String, @Nullable String> before = contents();
            long delay = killChildAfterItStarts(random.nextInt(400));
            String moment = "round " + round + ", killed " + delay + " ms after it started";
            assertEachNameHoldsOneOf(before, List.of(JA, EN), moment);
            if (listing().size() > contractNames().size() || listing().stream().anyMatch(this::isWorkFile)) {
                roundsWithWorkFiles++;
            }
            assertThat(ProfileExporter.write(EN, ALL, dir, true)).as(moment).isInstanceOf(ExportResult.Written.class);
            assertThat(listing()).as(moment).containsExactlyInAnyOrderElementsOf(contractNames());
        }
        assertThat(roundsWithWorkFiles).as("kills that landed inside a write").isPositive();
    }

    private long killChildAfterItStarts(int delayMillis) throws Exception {
        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Docnsetup.home=" + home, "-Docnsetup.log.dir=" + home.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), ExportKillChild.class.getName(), dir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
            Thread.sleep(delayMillis);
        } finally {
            child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hook, no finally in the child runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return delayMillis;
    }

    private void stopBefore(int stepNumber, java.util.function.Supplier<? extends Throwable> how) {
        AtomicInteger steps = new AtomicInteger();
        AtomicFileWriter.steps = step -> {
            if (steps.incrementAndGet() == stepNumber) {
                Throwable stop = how.get();
                if (stop instanceof IOException io) {
                    throw io;
                }
                throw (Error) stop;
            }
        };
    }

    private Map<String, @Nullable String> startWithTwoOldFilesAndTwoAbsent() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.writeString(dir.resolve(ExportFormat.THUNDERBIRD.fileName(JA.profile().address())), "old autoconfig");
        Files.writeString(dir.resolve(ExportFormat.MOBILECONFIG.fileName(JA.profile().address())), "old profile");
        return contents();
    }

    /**
     * Each contract name holds what it held before ({@code null}: absent) or a complete new file of one of the
     * requests; besides them the folder holds only the writer's own work files.
     */
    private void assertEachNameHoldsOneOf(Map<String, @Nullable String> before, List<ExportRequest> requests,
            String moment) throws IOException {
        Map<String, @Nullable String> now = contents();
        for (ExportFormat format : ExportFormat.values()) {
            String name = format.fileName(JA.profile().address());
            Set<@Nullable String> allowed = new HashSet<>();
            allowed.add(before.get(name));
            requests.forEach(request -> allowed.add(normalised(ProfileExporter.render(request, format))));
            assertThat(allowed).as("%s: %s", moment, name).contains(now.get(name));
        }
        assertThat(listing()).as(moment).allMatch(name -> contractNames().contains(name) || isWorkFile(name));
    }

    private boolean isWorkFile(String name) {
        return name.startsWith(WorkFiles.PREFIX);
    }

    private static List<String> contractNames() {
        List<String> names = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            names.add(format.fileName(JA.profile().address()));
        }
        return names;
    }

    /** The contract names and their contents (UUIDs normalised), {@code null} for an absent one. */
    private Map<String, @Nullable String> contents() throws IOException {
        Map<String, @Nullable String> contents = new HashMap<>();
        for (String name : contractNames()) {
            Path file = dir.resolve(name);
            contents.put(name, Files.exists(file) ? normalised(Files.readAllBytes(file)) : null);
        }
        return contents;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String normalised(byte[] bytes) {
        return GoldenFilesTest.normalise(new String(bytes, StandardCharsets.UTF_8));
    }
}
