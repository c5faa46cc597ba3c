package io.github.ocnmailsetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.ocnmailsetup.domain.ClientGuides;
import io.github.ocnmailsetup.domain.MailClient;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void that_all_four_files_are_written_with_exit_0() throws IOException {
        int code = run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "all", "--out", dir.toString(),
                "--lang", "en");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(listing()).containsExactly("autodiscover.xml", "config-v1.1.xml",
                "taro@abc.ocn.ne.jp-settings.html", "taro@abc.ocn.ne.jp.mobileconfig");
        assertThat(out()).contains("Written: ", "config-v1.1.xml");
    }

    @Test
    void that_the_sheet_speaks_the_chosen_language_and_client() throws IOException {
        int code = run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "sheet", "--out", dir.toString(),
                "--lang", "ja", "--client", "apple-mail");

        assertThat(code).isEqualTo(Cli.OK);
        String sheet = Files.readString(dir.resolve("taro@abc.ocn.ne.jp-settings.html"));
        assertThat(sheet).contains("lang=\"ja\"", "Mac のメール", "必ず設定変更が必要です。");
        assertThat(out()).contains("書き込みました");
    }

    @ParameterizedTest
    @EnumSource(MailClient.class)
    void that_the_sheet_takes_every_client_id_in_both_languages(MailClient client) throws IOException {
        for (String lang : new String[] {"ja", "en"}) {
            int code = run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "sheet", "--out", dir.toString(),
                    "--lang", lang, "--client", client.id(), "--force");

            assertThat(code).as(client.id() + " " + lang).isEqualTo(Cli.OK);
            String sheet = Files.readString(dir.resolve("taro@abc.ocn.ne.jp-settings.html"));
            assertThat(sheet).contains("lang=\"" + lang + "\"",
                    ClientGuides.forClient(client, Locale.forLanguageTag(lang)).name());
        }
    }

    @Test
    void that_an_existing_file_gives_exit_2_and_stays_as_it_was() throws IOException {
        Path mine = Files.writeString(dir.resolve("autodiscover.xml"), "mine");

        int code = run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "all", "--out", dir.toString(),
                "--lang", "en");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("already exists", "--force");
        assertThat(Files.readString(mine)).isEqualTo("mine");
        assertThat(listing()).containsExactly("autodiscover.xml");
    }

    @Test
    void that_force_replaces_an_existing_file() throws IOException {
        Files.writeString(dir.resolve("autodiscover.xml"), "mine");

        int code = run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "autodiscover", "--out",
                dir.toString(), "--force");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(Files.readString(dir.resolve("autodiscover.xml"))).contains("<SPA>off</SPA>");
    }

    @Test
    void that_a_missing_folder_gives_exit_1_and_a_clear_message() {
        int code = run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "all", "--out",
                dir.resolve("missing").toString(), "--lang", "ja");

        assertThat(code).isEqualTo(Cli.PROBLEM);
        assertThat(err()).contains("フォルダ", "ありません").doesNotContain("Exception");
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void that_out_naming_a_file_says_it_is_a_file_and_leaves_it_alone() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");

        int code = run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "all", "--out", file.toString(),
                "--lang", "en");

        assertThat(code).isEqualTo(Cli.PROBLEM);
        assertThat(err()).contains("notes.txt is a file, not a folder").doesNotContain("does not exist")
                .doesNotContain("Exception");
        assertThat(file).hasContent("mine");
        run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "sheet", "--out", file.toString(), "--lang", "ja");
        assertThat(err()).contains("ファイルです");
    }

    @Test
    void that_a_non_ocn_address_is_refused_with_exit_2() throws IOException {
        int code = run("export", "--email", "taro@example.com", "--format", "all", "--out", dir.toString(),
                "--lang", "en");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("not an OCN address").doesNotContain("Exception");
        assertThat(listing()).isEmpty();
    }

    @Test
    void that_an_unknown_format_or_client_is_refused_with_exit_2() throws IOException {
        assertThat(run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "pdf", "--out", dir.toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "sheet", "--client", "mutt",
                "--out", dir.toString())).isEqualTo(Cli.USAGE);
        assertThat(run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "sheet", "--out", dir.toString(),
                "--lang", "fr")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("\"pdf\" is not a format", "\"mutt\"", "\"fr\"");
        assertThat(listing()).isEmpty();
    }

    @Test
    void that_a_missing_option_is_a_usage_error() {
        assertThat(run("export", "--email", "taro@abc.ocn.ne.jp")).isEqualTo(Cli.USAGE);
    }

    @Test
    void that_the_address_is_normalised_in_the_file_names() throws IOException {
        int code = run("export", "--email", "  taro@ABC.OCN.NE.JP ", "--format", "mobileconfig", "--out",
                dir.toString());

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(listing()).containsExactly("taro@abc.ocn.ne.jp.mobileconfig");
    }
}
