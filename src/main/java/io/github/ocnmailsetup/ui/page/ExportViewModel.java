package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailProfile;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.export.ExportFormat;
import io.github.ocnmailsetup.export.ExportRequest;
import io.github.ocnmailsetup.export.ExportResult;
import io.github.ocnmailsetup.export.ProfileExporter;
import io.github.ocnmailsetup.ui.UiText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Page 8's take-away files: one save per format and the settings sheet opened for printing. Files never hold
 * the password (the wizard does not offer to put it in a .mobileconfig).
 */
public final class ExportViewModel {

    private final SettingsViewModel settings;
    private final ClientViewModel client;
    private final Clock clock;

    public ExportViewModel(SettingsViewModel settings, ClientViewModel client, Clock clock) {
        this.settings = settings;
        this.client = client;
        this.clock = clock;
    }

    /** Whether there is a profile to save (a valid address). */
    public boolean available() {
        return settings.profile().isPresent();
    }

    /** The file name the save dialog proposes. */
    public String proposedFileName(ExportFormat format) {
        return settings.profile().map(p -> format.fileName(p.address())).orElse("");
    }

    /** Saves one format to the file the user chose, replacing it (the save dialog has asked); the outcome in words. */
    public Text save(ExportFormat format, Path file, Locale locale) {
        Optional<ExportRequest> request = request(locale);
        if (request.isEmpty()) {
            return UiText.of("export.noProfile");
        }
        return describe(ProfileExporter.writeTo(request.get(), format, file, true));
    }

    /** Writes the settings sheet to a temporary folder, for the browser to open and print. */
    public Optional<Path> sheetForPrinting(Locale locale) {
        Optional<ExportRequest> request = request(locale);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path dir = Files.createTempDirectory("ocn-mail-setup-sheet");
            Path file = dir.resolve(ExportFormat.SHEET.fileName(request.get().profile().address()));
            ExportResult result = ProfileExporter.writeTo(request.get(), ExportFormat.SHEET, file, true);
            return result instanceof ExportResult.Written ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<ExportRequest> request(Locale locale) {
        Optional<MailProfile> profile = settings.profile();
        MailClient chosen = Optional.ofNullable(client.clientProperty().get()).orElse(MailClient.OTHER);
        return profile.map(p -> ExportRequest.of(p, chosen, locale, appVersion(), LocalDate.now(clock)));
    }

    private static Text describe(ExportResult result) {
        if (result instanceof ExportResult.Written written) {
            return UiText.of("export.saved", written.paths().get(0).toString());
        }
        if (result instanceof ExportResult.CouldNotWrite failed) {
            return failed.reason();
        }
        return UiText.of("export.exists", ((ExportResult.AlreadyExists) result).path().toString());
    }

    private static String appVersion() {
        String version = ExportViewModel.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
