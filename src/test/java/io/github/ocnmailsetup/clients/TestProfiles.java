package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

/** Copies the test profiles under src/test/resources/thunderbird into a temporary folder. */
final class TestProfiles {

    static final OcnAddress TARO = OcnAddress.parse("taro@abc.ocn.ne.jp");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    private TestProfiles() {
    }

    /** A copy of the named test profile in {@code target}, as a profile. */
    static ThunderbirdProfile copy(String name, Path target) {
        try {
            Path source = Path.of(TestProfiles.class.getResource("/thunderbird/" + name).toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
            return new ThunderbirdProfile(name, target, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A setup that sees no running Thunderbird and no real home folder. */
    static ThunderbirdSetup setup(Path home) {
        return new ThunderbirdSetup(new ThunderbirdEnvironment(home, Map.of(),
                ThunderbirdEnvironment.OperatingSystem.LINUX), OcnSettings.bundled(), pid -> false, CLOCK);
    }

    static ThunderbirdPlan plan(ThunderbirdSetup setup, ThunderbirdProfile profile) {
        PlanResult result = setup.plan(profile, TARO);
        if (result instanceof PlanResult.Planned planned) {
            return planned.plan();
        }
        throw new AssertionError("Expected a plan, got " + result);
    }

    static PrefsFile prefs(ThunderbirdProfile profile) {
        try {
            return PrefsFile.parse(Files.readAllBytes(profile.prefsFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PrefsSyntaxError e) {
            throw new AssertionError(e);
        }
    }

    /** Parses bytes that must be a valid preference file. */
    static PrefsFile parse(byte[] bytes) {
        try {
            return PrefsFile.parse(bytes);
        } catch (PrefsSyntaxError e) {
            throw new AssertionError(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
