package io.github.ocnmailsetup.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bytes every file of a plan has before and after it, to check what a crash left. */
final class CrashStates {

    private final Map<Path, byte[]> before = new LinkedHashMap<>();
    private final Map<Path, byte[]> after = new LinkedHashMap<>();

    private CrashStates() {
    }

    static CrashStates of(ThunderbirdProfile profile) throws IOException {
        CrashStates states = new CrashStates();
        for (PlannedFile file : TestProfiles.plan(TestProfiles.setup(profile.folder().resolveSibling("home")), profile)
                .files()) {
            states.before.put(file.file(), Files.readAllBytes(file.file()));
            states.after.put(file.file(), file.contentAfter());
        }
        return states;
    }

    int files() {
        return before.size();
    }

    void assertEachFileOldOrNew() {
        before.forEach((file, old) -> assertThat(read(file)).as(file.toString()).satisfiesAnyOf(
                bytes -> assertThat(bytes).isEqualTo(old), bytes -> assertThat(bytes).isEqualTo(after.get(file))));
    }

    void assertAllOld() {
        before.forEach((file, old) -> assertThat(read(file)).as(file.toString()).isEqualTo(old));
    }

    void assertAllNew() {
        after.forEach((file, now) -> assertThat(read(file)).as(file.toString()).isEqualTo(now));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
