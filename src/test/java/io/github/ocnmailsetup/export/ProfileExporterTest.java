package io.github.ocnmailsetup.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileExporterTest {

    @TempDir
    Path dir;

    private final ExportRequest request = Samples.request(Locale.ENGLISH);

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void that_all_four_files_are_written_under_their_contract_names() throws IOException {
        ExportResult result = ProfileExporter.write(request, EnumSet.allOf(ExportFormat.class), dir, false);

        assertThat(result).isInstanceOf(ExportResult.Written.class);
        assertThat(((ExportResult.Written) result).paths()).hasSize(4);
        assertThat(listing()).containsExactly("autodiscover.xml", "config-v1.1.xml",
                "taro@abc.ocn.ne.jp-settings.html", "taro@abc.ocn.ne.jp.mobileconfig");
    }

    @Test
    void that_an_existing_file_is_left_exactly_as_it_was_without_force() throws IOException {
        Path existing = dir.resolve("config-v1.1.xml");
        Files.writeString(existing, "mine");
        FileTime before = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(existing, before);

        ExportResult result = ProfileExporter.write(request, ExportFormat.THUNDERBIRD, dir, false);

        assertThat(result).isEqualTo(new ExportResult.AlreadyExists(existing));
        assertThat(Files.readString(existing)).isEqualTo("mine");
        assertThat(Files.getLastModifiedTime(existing)).isEqualTo(before);
        assertThat(listing()).containsExactly("config-v1.1.xml");
    }

    @Test
    void that_with_several_formats_nothing_is_written_when_one_file_exists() throws IOException {
        Files.writeString(dir.resolve("autodiscover.xml"), "mine");

        ExportResult result = ProfileExporter.write(request, EnumSet.allOf(ExportFormat.class), dir, false);

        assertThat(result).isInstanceOf(ExportResult.AlreadyExists.class);
        assertThat(listing()).containsExactly("autodiscover.xml");
        assertThat(Files.readString(dir.resolve("autodiscover.xml"))).isEqualTo("mine");
    }

    @Test
    void that_force_replaces_the_file_with_a_complete_new_one() throws IOException {
        Path existing = dir.resolve("autodiscover.xml");
        Files.writeString(existing, "mine");

        ExportResult result = ProfileExporter.write(request, ExportFormat.AUTODISCOVER, dir, true);

        assertThat(result).isEqualTo(new ExportResult.Written(List.of(existing)));
        assertThat(Files.readAllBytes(existing)).isEqualTo(ProfileExporter.render(request, ExportFormat.AUTODISCOVER));
        assertThat(listing()).containsExactly("autodiscover.xml");
    }

    @Test
    void that_a_missing_folder_writes_nothing_and_says_so() {
        Path missing = dir.resolve("no-such-folder");

        ExportResult result = ProfileExporter.write(request, EnumSet.allOf(ExportFormat.class), missing, false);

        assertThat(result).isInstanceOf(ExportResult.CouldNotWrite.class);
        assertThat(((ExportResult.CouldNotWrite) result).reason().in(Locale.JAPANESE)).contains("フォルダ", "ありません");
        assertThat(missing).doesNotExist();
    }

    @Test
    void that_a_valid_address_too_long_for_a_file_name_is_refused_by_name_not_as_a_disk_problem() throws IOException {
        String domain = ("b".repeat(55) + ".").repeat(3) + "ocn.ne.jp"; // 177 characters
        String address = "a".repeat(64) + "@" + domain; // 242: valid, but 256 bytes with "-settings.html"
        ExportRequest longOne = ExportRequest.of(Samples.profile(address, io.github.ocnmailsetup.domain.RetentionChoice
                .KEEP_ON_SERVER), io.github.ocnmailsetup.domain.MailClient.OTHER, Locale.ENGLISH, Samples.VERSION,
                Samples.DATE);

        ExportResult result = ProfileExporter.write(longOne, EnumSet.allOf(ExportFormat.class), dir, true);

        assertThat(result).isInstanceOf(ExportResult.CouldNotWrite.class);
        assertThat(((ExportResult.CouldNotWrite) result).reason().in(Locale.ENGLISH))
                .contains("too long to be part of a file name").doesNotContain("disk");
        assertThat(listing()).isEmpty();
        assertThat(ProfileExporter.write(longOne, ExportFormat.THUNDERBIRD, dir, false))
                .isInstanceOf(ExportResult.Written.class);
    }

    @Test
    void that_a_folder_in_the_way_writes_nothing_even_with_force() throws IOException {
        Path blocker = dir.resolve("taro@abc.ocn.ne.jp-settings.html");
        Files.createDirectory(blocker);
        Files.writeString(blocker.resolve("inside"), "x");

        ExportResult result = ProfileExporter.write(request, EnumSet.allOf(ExportFormat.class), dir, true);

        assertThat(result).isInstanceOf(ExportResult.CouldNotWrite.class);
        assertThat(listing()).containsExactly("taro@abc.ocn.ne.jp-settings.html");
    }

    @Test
    void that_no_temporary_file_is_left_after_a_write() throws IOException {
        ProfileExporter.write(request, EnumSet.allOf(ExportFormat.class), dir, false);
        ProfileExporter.write(request, EnumSet.allOf(ExportFormat.class), dir, true);

        assertThat(listing()).noneMatch(name -> name.endsWith(".tmp") || name.startsWith("."));
    }

    @Test
    void that_written_files_are_readable_like_a_file_saved_by_hand() throws IOException {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");

        ProfileExporter.write(request, EnumSet.allOf(ExportFormat.class), dir, false);

        for (String name : listing()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))))
                    .as(name).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void that_a_file_saved_where_the_user_picked_is_written_whole() throws IOException {
        Path picked = dir.resolve("my sheet.html");

        ExportResult result = ProfileExporter.writeTo(request, ExportFormat.SHEET, picked, false);

        assertThat(result).isEqualTo(new ExportResult.Written(List.of(picked)));
        assertThat(Files.readAllBytes(picked)).isEqualTo(ProfileExporter.render(request, ExportFormat.SHEET));
        assertThat(ProfileExporter.writeTo(request, ExportFormat.SHEET, picked, false))
                .isEqualTo(new ExportResult.AlreadyExists(picked));
    }

    @Test
    void that_the_file_names_follow_the_contract() {
        var address = request.profile().address();

        assertThat(Set.of(ExportFormat.values())).extracting(f -> f.fileName(address)).containsExactlyInAnyOrder(
                "taro@abc.ocn.ne.jp.mobileconfig", "config-v1.1.xml", "autodiscover.xml",
                "taro@abc.ocn.ne.jp-settings.html");
    }
}
