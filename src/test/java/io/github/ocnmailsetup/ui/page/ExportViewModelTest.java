package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.export.ExportFormat;
import io.github.ocnmailsetup.export.ExportResult;
import io.github.ocnmailsetup.export.ProfileExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page 8's take-away files without a window: written off the UI thread, the outcome said in words. */
class ExportViewModelTest {

    @TempDir Path folder;
    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor uiThread = new QueuedExecutor();
    private final AccountViewModel account = new AccountViewModel(OcnSettings.bundled());
    private final ClientViewModel client = new ClientViewModel();
    private final SettingsViewModel settings = new SettingsViewModel(OcnSettings.bundled(), account, client);
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private ExportViewModel export(ExportViewModel.Writer writer) {
        return new ExportViewModel(settings, client, clock, writer, background, uiThread);
    }

    @Test
    void that_a_save_is_written_in_the_background_and_the_page_says_where_it_went() throws Exception {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        client.clientProperty().set(MailClient.OUTLOOK);
        ExportViewModel export = export(ProfileExporter::writeTo);
        Path file = folder.resolve("mine.mobileconfig");

        export.save(ExportFormat.MOBILECONFIG, file, Locale.ENGLISH);
        assertThat(export.busyProperty().get()).as("the page shows progress").isTrue();
        assertThat(file).as("nothing written on the UI thread").doesNotExist();
        background.runAll();
        assertThat(export.busyProperty().get()).as("until the UI thread hears of it").isTrue();
        uiThread.runAll();

        assertThat(export.busyProperty().get()).isFalse();
        assertThat(export.outcomeProperty().get().in(Locale.ENGLISH)).isEqualTo("Saved: " + file);
        assertThat(Files.readString(file)).contains("pop.ocn.ne.jp").contains("taro@abc.ocn.ne.jp");
    }

    @Test
    void that_the_save_dialog_starts_in_documents_else_in_the_home_folder() throws Exception {
        Path home = folder.resolve("home");
        Files.createDirectories(home);
        assertThat(ExportViewModel.startFolder(home)).as("no Documents folder: home").isEqualTo(home);
        Files.createDirectories(home.resolve("Documents"));
        assertThat(ExportViewModel.startFolder(home)).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void that_a_second_save_while_one_is_written_is_not_started() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        List<Path> written = new ArrayList<>();
        ExportViewModel export = export((request, format, file, force) -> {
            written.add(file);
            return new ExportResult.Written(List.of(file));
        });
        export.save(ExportFormat.MOBILECONFIG, folder.resolve("a"), Locale.ENGLISH);
        export.save(ExportFormat.MOBILECONFIG, folder.resolve("b"), Locale.ENGLISH);
        background.runAll();
        uiThread.runAll();
        assertThat(written).containsExactly(folder.resolve("a"));
    }

    @Test
    void that_a_file_that_could_not_be_written_is_explained_with_its_reason() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        Path missing = folder.resolve("no-such-folder/mine.mobileconfig");
        ExportViewModel export = export(ProfileExporter::writeTo);
        export.save(ExportFormat.MOBILECONFIG, missing, Locale.ENGLISH);
        background.runAll();
        uiThread.runAll();
        assertThat(export.outcomeProperty().get().in(Locale.ENGLISH)).contains("does not exist").contains("Nothing was written");
    }

    @Test
    void that_without_an_address_nothing_is_written_and_the_page_says_to_enter_it() {
        List<Path> written = new ArrayList<>();
        ExportViewModel export = export((request, format, file, force) -> {
            written.add(file);
            return new ExportResult.Written(List.of(file));
        });
        assertThat(export.available()).isFalse();
        export.save(ExportFormat.SHEET, folder.resolve("sheet.html"), Locale.ENGLISH);
        assertThat(background.waiting()).isZero();
        assertThat(written).isEmpty();
        assertThat(export.outcomeProperty().get().in(Locale.ENGLISH)).isEqualTo("Enter your address first (step 3).");
    }

    @Test
    void that_the_sheet_for_printing_is_written_in_the_background_then_opened() throws Exception {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        ExportViewModel export = export(ProfileExporter::writeTo);
        List<Path> opened = new ArrayList<>();
        export.openSheetForPrinting(Locale.JAPANESE, opened::add);
        assertThat(opened).isEmpty();
        background.runAll();
        uiThread.runAll();
        assertThat(opened).singleElement().satisfies(sheet ->
                assertThat(Files.readString(sheet)).contains("pop.ocn.ne.jp").contains("995"));
        assertThat(export.busyProperty().get()).isFalse();
    }
}
