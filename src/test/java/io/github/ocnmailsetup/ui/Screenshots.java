package io.github.ocnmailsetup.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a PNG of the window's scene under {@code screenshots.dir} (target/screenshots), for people to look at. */
public final class Screenshots {

    private Screenshots() {
    }

    /** The folder the screenshots go to. */
    public static Path folder() {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    }

    /** Snapshots the scene on the FX thread and writes {@code name}.png. */
    public static Path save(Scene scene, String name) {
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                image.complete(scene.snapshot(null));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            return write(image.get(20, TimeUnit.SECONDS), name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not take a screenshot " + name, e);
        }
    }

    private static Path write(WritableImage image, String name) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(folder());
            Path file = folder().resolve(name + ".png");
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
