package io.github.ocnmailsetup.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

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

        AtomicFileWriter.Staged staged = AtomicFileWriter.stage(target, bytes("new"));

        assertThat(target).doesNotExist();
        assertThat(staged.commit(false)).isTrue();
        staged.finish();
        assertThat(target).hasContent("new");
        assertThat(listing()).containsExactly("a.xml");
    }

    @Test
    void that_a_file_appearing_before_the_commit_is_not_replaced_without_force() throws IOException {
        Path target = dir.resolve("a.xml");
        AtomicFileWriter.Staged staged = AtomicFileWriter.stage(target, bytes("new"));
        Files.writeString(target, "someone else's");

        assertThat(staged.commit(false)).isFalse();

        assertThat(target).hasContent("someone else's");
        assertThat(listing()).containsExactly("a.xml");
    }

    @Test
    void that_a_failure_part_way_puts_every_replaced_file_back() throws IOException {
        Path first = dir.resolve("a.xml");
        Path second = dir.resolve("b.xml");
        Files.writeString(first, "old a");
        List<AtomicFileWriter.Staged> staged = List.of(
                AtomicFileWriter.stage(first, bytes("new a")),
                AtomicFileWriter.stage(second, bytes("new b")));
        assertThat(staged.get(0).commit(true)).isTrue();
        assertThat(staged.get(1).commit(true)).isTrue();

        // As ProfileExporter does when a later file fails.
        AtomicFileWriter.rollBackAll(staged);

        assertThat(first).hasContent("old a");
        assertThat(listing()).containsExactly("a.xml");
    }

    @Test
    void that_force_replaces_in_one_step_and_leaves_nothing_behind() throws IOException {
        Path target = dir.resolve("a.xml");
        Files.writeString(target, "old");
        AtomicFileWriter.Staged staged = AtomicFileWriter.stage(target, bytes("new"));

        assertThat(staged.commit(true)).isTrue();
        staged.finish();

        assertThat(target).hasContent("new");
        assertThat(listing()).containsExactly("a.xml");
    }
}
