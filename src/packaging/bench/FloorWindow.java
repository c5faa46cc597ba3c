import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the start-up benchmark: the smallest JavaFX window (one label, the wizard's size), timed like the app's
 * --measure-startup, from the start of the process to the first layout pulse after the window shows. Plain main class,
 * because a main class extending Application fails from the class path (docs/architecture.md, "JavaFX from the class
 * path").
 */
public final class FloorWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("OCN Mail SSL Setup")), 900, 640);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                System.out.println("first-page-ms " + processAgeMillis());
                Platform.exit();
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            stage.show();
        }
    }

    /** The same clock as the app's StartupMeasure.processAgeMillis(): /proc on Linux, ProcessHandle elsewhere. */
    static long processAgeMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).trim().split("\\s+")[0]);
            return Math.round(uptime * 1000) - Long.parseLong(afterName[19]) * 10;
        } catch (Exception notLinux) {
            Instant start = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
            return Duration.between(start, Instant.now()).toMillis();
        }
    }
}
