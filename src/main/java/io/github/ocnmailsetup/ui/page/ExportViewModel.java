package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailProfile;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.export.ExportFormat;
import io.github.ocnmailsetup.export.ExportRequest;
import io.github.ocnmailsetup.export.ExportResult;
import io.github.ocnmailsetup.ui.UiText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Page 8's take-away files: one save per format and the settings sheet opened for printing. The files are written
 * off the UI thread while the page shows that it works. Files never hold the password (the wizard does not offer
 * to put it in a .mobileconfig).
 */
public final class ExportViewModel {

    /** Writes take-away files (the composition root passes {@code ProfileExporter::writeTo}). */
    @FunctionalInterface
    public interface Writer {
        ExportResult write(ExportRequest request, ExportFormat format, Path file, boolean force);
    }

    private final SettingsViewModel settings;
    private final ClientViewModel client;
    private final Clock clock;
    private final Writer writer;
    private final Executor background;
    private final Executor uiThread;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<@Nullable Text> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<@Nullable Path> lastSheet = new ReadOnlyObjectWrapper<>();

    public ExportViewModel(SettingsViewModel settings, ClientViewModel client, Clock clock, Writer writer,
            Executor background, Executor uiThread) {
        this.settings = settings;
        this.client = client;
        this.clock = clock;
        this.writer = writer;
        this.background = background;
        this.uiThread = uiThread;
    }

    /** Whether there is a profile to save (a valid address). */
    public boolean available() {
        return settings.profile().isPresent();
    }

    /** The mail software chosen on page 5; other when none was chosen. */
    public MailClient chosenClient() {
        return Optional.ofNullable(client.clientProperty().get()).orElse(MailClient.OTHER);
    }

    /**
     * The folder a save dialog opens in: the user's Documents folder when there is one, else the home folder (never
     * the folder the app happened to be started from).
     */
    public static Path startFolder(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** The file name the save dialog proposes. */
    public String proposedFileName(ExportFormat format) {
        return settings.profile().map(p -> format.fileName(p.address())).orElse("");
    }

    /** True while a file is being written: the page shows progress and takes no second save. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What came of the last save, in words; null before the first. */
    public ReadOnlyObjectProperty<@Nullable Text> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Saves one format to the file the user chose, replacing it (the save dialog has asked). */
    public void save(ExportFormat format, Path file, Locale locale) {
        Optional<ExportRequest> request = request(locale);
        if (busy.get()) {
            return;
        }
        if (request.isEmpty()) {
            outcome.set(UiText.of("export.noProfile"));
            return;
        }
        busy.set(true);
        background.execute(() -> {
            Text words = describe(writer.write(request.get(), format, file, true));
            uiThread.execute(() -> {
                outcome.set(words);
                busy.set(false);
            });
        });
    }

    /** Writes the settings sheet to a temporary folder, then hands it to {@code open} (the browser, to print). */
    public void openSheetForPrinting(Locale locale, Consumer<Path> open) {
        Optional<ExportRequest> request = request(locale);
        if (busy.get() || request.isEmpty()) {
            return;
        }
        busy.set(true);
        background.execute(() -> {
            Optional<Path> sheet = writeSheet(request.get());
            uiThread.execute(() -> {
                busy.set(false);
                sheet.ifPresent(file -> {
                    open.accept(file);
                    lastSheet.set(file);
                    // No browser may be registered: the opening cannot be seen from here, so say where the file is.
                    outcome.set(UiText.of("export.sheetOpened", file.toString()));
                });
                if (sheet.isEmpty()) {
                    outcome.set(UiText.of("export.sheetFailed"));
                }
            });
        });
    }

    /** The printable sheet last written for printing; null before. Its folder can be shown instead. */
    public ReadOnlyObjectProperty<@Nullable Path> lastSheetProperty() {
        return lastSheet.getReadOnlyProperty();
    }

    private Optional<Path> writeSheet(ExportRequest request) {
        try {
            Path dir = Files.createTempDirectory("ocn-mail-setup-sheet");
            Path file = dir.resolve(ExportFormat.SHEET.fileName(request.profile().address()));
            boolean written = writer.write(request, ExportFormat.SHEET, file, true).written();
            return written ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<ExportRequest> request(Locale locale) {
        Optional<MailProfile> profile = settings.profile();
        return profile.map(p -> ExportRequest.of(p, chosenClient(), locale, appVersion(), LocalDate.now(clock)));
    }

    private static Text describe(ExportResult result) {
        return result.match(new ExportResult.Cases<>() {
            @Override
            public Text written(ExportResult.Written written) {
                return UiText.of("export.saved", written.paths().get(0).toString());
            }

            @Override
            public Text alreadyExists(ExportResult.AlreadyExists exists) {
                return UiText.of("export.exists", exists.path().toString());
            }

            @Override
            public Text couldNotWrite(ExportResult.CouldNotWrite failed) {
                return failed.reason();
            }
        });
    }

    private static String appVersion() {
        String version = ExportViewModel.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
