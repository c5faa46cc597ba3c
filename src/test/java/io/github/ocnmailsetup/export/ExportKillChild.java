package io.github.ocnmailsetup.export;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The process {@link ExportInterruptionTest} kills: runs {@code export --format all --force} into one folder over
 * and over, Japanese and English in turn, until it is killed (or after a minute, so it can never be left running).
 * Each step of a write waits up to 3 ms, so a kill at a random moment lands inside a write most of the time.
 */
public final class ExportKillChild {

    private ExportKillChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ExportRequest[] variants = {Samples.request(Locale.JAPANESE), Samples.request(Locale.ENGLISH)};
        for (ExportFormat format : ExportFormat.values()) {
            ProfileExporter.render(variants[0], format); // class loading done before "ready"
        }
        AtomicFileWriter.steps = step -> {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(4));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        System.out.println("ready");
        System.out.flush();
        long end = System.nanoTime() + 60_000_000_000L;
        for (int i = 0; System.nanoTime() < end; i++) {
            ProfileExporter.write(variants[i % 2], EnumSet.allOf(ExportFormat.class), dir, true);
        }
    }
}
