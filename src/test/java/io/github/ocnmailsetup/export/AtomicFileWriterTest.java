package io.github.ocnmailsetup.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @AfterEach
    void normalSteps() {
        AtomicFileWriter.steps = step -> { };
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void that_the_target_does_not_exist_until_the_commit() throws IOException {
        Path target = dir.resolve("a.xml");
        try (AtomicFileWriter writer = new AtomicFileWriter()) {
            writer.stage(target, bytes("new"));

            assertThat(target).doesNotExist();
            assertThat(writer.commitAll(false)).isEmpty();
        }
        assertThat(target).hasContent("new");
        assertThat(listing()).containsExactly("a.xml");
    }

    @Test
    void that_a_file_appearing_before_the_commit_is_not_replaced_without_force() throws IOException {
        Path target = dir.resolve("a.xml");
        try (AtomicFileWriter writer = new AtomicFileWriter()) {
            writer.stage(target, bytes("new"));
            Files.writeString(target, "someone else's");

            assertThat(writer.commitAll(false)).contains(target);
        }
        assertThat(target).hasContent("someone else's");
        assertThat(listing()).containsExactly("a.xml");
    }

    @Test
    void that_a_failure_part_way_puts_every_replaced_file_back() throws IOException {
        Path first = dir.resolve("a.xml");
        Path second = dir.resolve("b.xml");
        Files.writeString(first, "old a");
        AtomicInteger replaces = new AtomicInteger();
        AtomicFileWriter.steps = step -> {
            if (step.equals("link") && replaces.incrementAndGet() == 2) {
                throw new IOException("disk full");
            }
        };
        try (AtomicFileWriter writer = new AtomicFileWriter()) {
            writer.stage(first, bytes("new a"));
            writer.stage(second, bytes("new b"));

            assertThatThrownBy(() -> writer.commitAll(true)).isInstanceOf(IOException.class);
        }
        assertThat(first).hasContent("old a");
        assertThat(listing()).containsExactly("a.xml");
    }

    @Test
    void that_force_replaces_in_one_step_and_leaves_nothing_behind() throws IOException {
        Path target = dir.resolve("a.xml");
        Files.writeString(target, "old");
        try (AtomicFileWriter writer = new AtomicFileWriter()) {
            writer.stage(target, bytes("new"));
            assertThat(writer.commitAll(true)).isEqualTo(Optional.empty());
        }
        assertThat(target).hasContent("new");
        assertThat(listing()).containsExactly("a.xml");
    }

    @Test
    void that_the_name_holds_the_old_bytes_up_to_the_rename_and_the_new_ones_after_it() throws IOException {
        Path target = dir.resolve("a.xml");
        Files.writeString(target, "old");
        AtomicFileWriter.steps = step -> {
            if (step.equals("replace")) {
                assertThat(target).hasContent("old");
            }
            if (step.equals("dropOld")) {
                assertThat(target).hasContent("new");
            }
        };
        try (AtomicFileWriter writer = new AtomicFileWriter()) {
            writer.stage(target, bytes("new"));
            writer.commitAll(true);
        }
        assertThat(target).hasContent("new");
    }

    @Test
    void that_leftovers_of_a_gone_process_or_an_ended_write_are_removed_and_those_of_a_running_one_kept()
            throws IOException {
        long gone = ProcessHandle.current().pid() + 1_000_000_000L;
        long running = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Path ofGone = Files.writeString(dir.resolve(".ocn-mail-setup." + gone + ".x.tmp"), "new");
        Path ofRunning = Files.writeString(dir.resolve(".ocn-mail-setup." + running + ".x.old"), "old");
        Path earlier = Files.writeString(dir.resolve(".ocn-mail-setup-123.tmp"), "new");
        Files.setLastModifiedTime(earlier, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Path earlierFresh = Files.writeString(dir.resolve(".ocn-mail-setup-456.old"), "old");
        Path users = Files.writeString(dir.resolve(".ocn-mail-setup.notes.tmp"), "mine");
        Path inFlight;
        try (AtomicFileWriter writer = new AtomicFileWriter()) {
            writer.stage(dir.resolve("a.xml"), bytes("new"));
            inFlight = onlyWorkFileOf(ProcessHandle.current().pid());

            assertThat(WorkFiles.removeLeftovers(dir)).isEqualTo(2);
            assertThat(inFlight).exists();
        }
        assertThat(ofGone).doesNotExist();
        assertThat(earlier).doesNotExist();
        assertThat(ofRunning).exists();
        assertThat(earlierFresh).exists();
        assertThat(users).exists();

        // The write above ended without its commit (as after an error that escaped): now its file is a leftover.
        assertThat(WorkFiles.removeLeftovers(dir)).isEqualTo(1);
        assertThat(inFlight).doesNotExist();
    }

    private Path onlyWorkFileOf(long pid) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".ocn-mail-setup." + pid + "."))
                    .findFirst().orElseThrow();
        }
    }
}
