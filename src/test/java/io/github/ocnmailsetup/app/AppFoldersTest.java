package io.github.ocnmailsetup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each OS keeps per-user data and logs in its own usual place; tests and the demo are redirected. */
class AppFoldersTest {

    private final Path home = Path.of("/home/taro");

    @Test
    void that_linux_follows_xdg() {
        AppFolders folders = AppFolders.resolve(null, "Linux", home, Map.of());

        assertThat(folders.data()).isEqualTo(Path.of("/home/taro/.local/share/ocn-mail-setup"));
        assertThat(folders.logs()).isEqualTo(Path.of("/home/taro/.local/state/ocn-mail-setup/logs"));
        assertThat(AppFolders.resolve(null, "Linux", home, Map.of("XDG_DATA_HOME", "/data")).data())
                .isEqualTo(Path.of("/data/ocn-mail-setup"));
    }

    @Test
    void that_windows_uses_local_app_data() {
        AppFolders folders = AppFolders.resolve(null, "Windows 11", home,
                Map.of("LOCALAPPDATA", "/Users/taro/AppData/Local"));

        assertThat(folders.data()).isEqualTo(Path.of("/Users/taro/AppData/Local/OCN Mail SSL Setup/data"));
        assertThat(folders.logs()).isEqualTo(Path.of("/Users/taro/AppData/Local/OCN Mail SSL Setup/logs"));
    }

    @Test
    void that_macos_uses_application_support_and_logs() {
        AppFolders folders = AppFolders.resolve(null, "Mac OS X", home, Map.of());

        assertThat(folders.data()).isEqualTo(Path.of("/home/taro/Library/Application Support/OCN Mail SSL Setup"));
        assertThat(folders.logs()).isEqualTo(Path.of("/home/taro/Library/Logs/OCN Mail SSL Setup"));
    }

    @Test
    void that_the_redirect_property_moves_both_folders_and_the_demo_has_its_own() {
        AppFolders folders = AppFolders.resolve("/tmp/test-home", "Linux", home, Map.of());

        assertThat(folders.data()).isEqualTo(Path.of("/tmp/test-home/data"));
        assertThat(folders.logs()).isEqualTo(Path.of("/tmp/test-home/logs"));
        assertThat(folders.demo().data()).isEqualTo(Path.of("/tmp/test-home/data/demo")).isNotEqualTo(folders.data());
    }

    @Test
    void that_the_test_run_itself_is_redirected() {
        assertThat(AppFolders.forCurrentUser().data().toString()).contains("test-home");
    }
}
