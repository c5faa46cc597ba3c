package io.github.ocnmailsetup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every mail software's guide, complete in both languages, with its placeholders filled from the domain. */
class ClientGuidesTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.JAPANESE, Locale.ENGLISH);

    @ParameterizedTest
    @EnumSource(MailClient.class)
    void that_every_guide_has_every_setting_of_the_notice_in_both_languages(MailClient client) {
        for (Locale locale : LANGUAGES) {
            ClientGuide guide = ClientGuides.forClient(client, locale);

            assertThat(guide.name()).as(client.id()).isNotBlank();
            assertThat(guide.versions()).as(client.id()).isNotBlank();
            assertThat(guide.steps()).as(client.id() + " steps").isNotEmpty();
            for (NoticeItem item : NoticeItem.values()) {
                assertThat(guide.entry(item).place()).as(client.id() + " " + item.id()).isNotBlank();
                assertThat(ClientGuides.labelShown(guide, item, locale)).as(client.id() + " " + item.id()).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MailClient.class)
    void that_no_guide_writes_ocn_hosts_or_ports_itself(MailClient client) throws IOException {
        OcnSettings ocn = OcnSettings.bundled();
        Pattern literal = Pattern.compile(Pattern.quote(ocn.pop().host()) + "|" + Pattern.quote(ocn.smtp().host())
                + "|\\b(" + ocn.pop().port() + "|" + ocn.smtp().port() + ")\\b");
        for (String suffix : List.of("", "_ja")) {
            String text = resource("guides/" + client.id() + suffix + ".properties");

            assertThat(literal.matcher(text).find()).as(client.id() + suffix).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(MailClient.class)
    void that_the_placeholders_are_filled_with_the_users_own_values(MailClient client) {
        OcnSettings settings = OcnSettings.bundled();
        MailProfile profile = MailProfile.of(OcnAddress.parse("taro@abc.ocn.ne.jp", settings), settings,
                RetentionChoice.KEEP_ON_SERVER);
        for (Locale locale : LANGUAGES) {
            assertThat(allText(ClientGuides.forProfile(client, locale, profile))).as(client.id()).doesNotContain("${");
        }
        assertThat(ClientGuides.forProfile(MailClient.THUNDERBIRD, Locale.JAPANESE, profile).steps())
                .anyMatch(step -> step.contains("taro@abc.ocn.ne.jp"));
    }

    @Test
    void that_labels_are_quoted_exactly_as_thunderbird_shows_them() {
        ClientGuide ja = ClientGuides.forClient(MailClient.THUNDERBIRD, Locale.JAPANESE);
        ClientGuide en = ClientGuides.forClient(MailClient.THUNDERBIRD, Locale.ENGLISH);

        assertThat(ja.entry(NoticeItem.POP_SSL).label()).contains("接続の保護:");
        assertThat(ja.entry(NoticeItem.USER_NAME).label()).contains("ユーザー名:");
        assertThat(en.entry(NoticeItem.SMTP_AUTH).label()).contains("Authentication method:");
        assertThat(ClientGuides.labelShown(en, NoticeItem.POP_SSL, Locale.ENGLISH)).isEqualTo("Connection security:");
    }

    @Test
    void that_an_unconfirmed_label_shows_the_notices_words_marked_as_possibly_different() {
        ClientGuide becky = ClientGuides.forClient(MailClient.BECKY, Locale.JAPANESE);

        assertThat(becky.entry(NoticeItem.POP_SERVER).label()).isEmpty();
        assertThat(ClientGuides.labelShown(becky, NoticeItem.POP_SERVER, Locale.JAPANESE))
                .isEqualTo("受信(POP)サーバ名(表記は異なる場合があります)");
        assertThat(ClientGuides.labelShown(becky, NoticeItem.SMTP_SSL, Locale.ENGLISH))
                .isEqualTo("Outgoing (SMTP) server encrypted connection (the wording may differ)");
    }

    @Test
    void that_defaults_against_the_notice_name_the_box_to_set() {
        ClientGuide thunderbird = ClientGuides.forClient(MailClient.THUNDERBIRD, Locale.ENGLISH);
        ClientGuide apple = ClientGuides.forClient(MailClient.APPLE_MAIL, Locale.JAPANESE);

        assertThat(thunderbird.contraryDefault(NoticeItem.KEEP_ON_SERVER)).get().asString().contains("14 days");
        assertThat(apple.contraryDefault(NoticeItem.POP_SSL)).get().asString().contains("接続設定を自動的に管理");
    }

    @Test
    void that_a_broken_guide_file_is_refused_with_what_is_wrong() {
        GuideValues values = GuideValues.of(OcnSettings.bundled(), Locale.ENGLISH);
        Properties unknownPlaceholder = complete();
        unknownPlaceholder.setProperty("step.1", "Type ${pop-host}.");
        Properties typo = complete();
        typo.setProperty("pop-sever.place", "x");
        Properties missingItem = complete();
        missingItem.remove("smtp-ssl.place");
        Properties defaultWithoutBox = complete();
        defaultWithoutBox.setProperty("default.1", "Deletes after 14 days.");

        assertThatThrownBy(() -> ClientGuides.parse(MailClient.OTHER, Locale.ENGLISH, unknownPlaceholder, values))
                .hasMessageContaining("${pop-host}");
        assertThatThrownBy(() -> ClientGuides.parse(MailClient.OTHER, Locale.ENGLISH, typo, values))
                .hasMessageContaining("pop-sever.place");
        assertThatThrownBy(() -> ClientGuides.parse(MailClient.OTHER, Locale.ENGLISH, missingItem, values))
                .hasMessageContaining("smtp-ssl.place");
        assertThatThrownBy(() -> ClientGuides.parse(MailClient.OTHER, Locale.ENGLISH, defaultWithoutBox, values))
                .hasMessageContaining("default.1.item");
        assertThat(ClientGuides.parse(MailClient.OTHER, Locale.ENGLISH, complete(), values).steps())
                .containsExactly("Open it.");
    }

    /** A minimal guide with every required key. */
    private static Properties complete() {
        Properties p = new Properties();
        p.setProperty("name", "Some mail");
        p.setProperty("versions", "1");
        p.setProperty("step.1", "Open it.");
        for (NoticeItem item : NoticeItem.values()) {
            p.setProperty(item.id() + ".place", "Settings");
            p.setProperty(item.id() + ".label", "");
        }
        return p;
    }

    private static String allText(ClientGuide guide) {
        List<String> texts = new ArrayList<>(guide.steps());
        texts.addAll(guide.notes());
        guide.defaults().forEach(d -> texts.add(d.text()));
        guide.entries().values().forEach(e -> {
            texts.add(e.place());
            e.label().ifPresent(texts::add);
            e.action().ifPresent(texts::add);
            texts.addAll(e.wordings());
            texts.addAll(e.notes());
        });
        return String.join("\n", texts);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ClientGuides.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
