package io.github.ocnmailsetup.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the per-software guides: bundled data files {@code guides/<client-id>.properties} (the English version of the
 * software) and {@code guides/<client-id>_ja.properties} (the Japanese version), one pair per {@link MailClient}.
 * The notice's part 2 says 「詳細な設定項目はメールソフトごとに異なりますので、ヘルプ等でご確認ください」: the guides
 * are that help, one entry per {@link NoticeItem}. The files never write OCN's hosts or ports: they write
 * placeholders ({@code ${pop-server}}, ...) that are filled here from {@link OcnSettings} or the user's
 * {@link MailProfile}, so those values stay in {@code ocn-settings.properties} alone. The format and the sources of
 * every label are described in the project's docs/client-guides.md.
 */
public final class ClientGuides {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z-]+)}");
    private static final Pattern LIST_KEY = Pattern.compile("(step|note|default)\\.\\d+(\\.item)?");
    private static final Map<String, Properties> FILES = new ConcurrentHashMap<>();

    private ClientGuides() {
    }

    /** The guide with OCN's servers and a generic "your mail address" where the address goes. */
    public static ClientGuide forClient(MailClient client, Locale locale) {
        return load(client, locale, GuideValues.of(OcnSettings.bundled(), locale));
    }

    /** The guide with the user's own address and servers. */
    public static ClientGuide forProfile(MailClient client, Locale locale, MailProfile profile) {
        return load(client, locale, GuideValues.of(profile));
    }

    /**
     * The label to show for a setting: the software's own when a source confirmed it, else the notice's generic
     * words (from the {@code other} guide) marked "(the wording may differ)"; for "other mail software" always so.
     */
    public static String labelShown(ClientGuide guide, NoticeItem item, Locale locale) {
        Optional<String> own = guide.client() == MailClient.OTHER ? Optional.empty() : guide.entry(item).label();
        return own.orElseGet(() -> Text.domain("guide.label.unconfirmed", noticeWords(item, locale)).in(locale));
    }

    /** The notice's own name for a setting, in the user's language. */
    public static String noticeWords(NoticeItem item, Locale locale) {
        return forClient(MailClient.OTHER, locale).entry(item).label()
                .orElseThrow(() -> new IllegalStateException("The other guide lacks a label for " + item.id()));
    }

    /** Loads one guide; a missing or misspelt key, or an unknown placeholder, is a packaging error. */
    public static ClientGuide load(MailClient client, Locale locale, GuideValues values) {
        Locale language = I18n.supported(locale);
        String resource = "guides/" + client.id() + (Locale.JAPANESE.equals(language) ? "_ja" : "") + ".properties";
        return parse(client, language, FILES.computeIfAbsent(resource, ClientGuides::read), values);
    }

    /** One guide from the file's keys; an {@link IllegalStateException} names what is wrong with the file. */
    static ClientGuide parse(MailClient client, Locale language, Properties raw, GuideValues values) {
        GuideFile file = new GuideFile(client, language, raw, values);
        Map<NoticeItem, GuideEntry> entries = new EnumMap<>(NoticeItem.class);
        for (NoticeItem item : NoticeItem.values()) {
            String prefix = item.id() + ".";
            entries.put(item, new GuideEntry(file.required(prefix + "place"), file.present(prefix + "label"),
                    file.optional(prefix + "action"), file.list(prefix + "wording"), file.list(prefix + "note")));
        }
        List<GuideDefault> defaults = new ArrayList<>();
        List<String> texts = file.list("default");
        for (int i = 1; i <= texts.size(); i++) {
            String itemId = file.required("default." + i + ".item");
            NoticeItem item = NoticeItem.fromId(itemId).orElseThrow(() -> file.error("names no setting " + itemId));
            defaults.add(new GuideDefault(item, texts.get(i - 1)));
        }
        file.checkKeys();
        return new ClientGuide(client, file.required("name"), file.required("versions"), entries,
                file.list("step"), defaults, file.list("note"));
    }

    /** One data file (read once and cached), with its placeholders filled on every read. */
    private record GuideFile(MailClient client, Locale locale, Properties raw, GuideValues values) {

        String required(String key) {
            return optional(key).orElseThrow(() -> error("lacks " + key));
        }

        /** A key that must be there but may be empty (a label no source confirmed). */
        Optional<String> present(String key) {
            if (!raw().containsKey(key)) {
                throw error("lacks " + key + " (leave it empty when unconfirmed)");
            }
            return optional(key);
        }

        Optional<String> optional(String key) {
            String value = raw().getProperty(key, "").strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(fill(value));
        }

        /** Numbered keys {@code key.1}, {@code key.2}, ... until the first gap. */
        List<String> list(String key) {
            List<String> items = new ArrayList<>();
            for (int i = 1; ; i++) {
                Optional<String> item = optional(key + "." + i);
                if (item.isEmpty()) {
                    return items;
                }
                items.add(item.get());
            }
        }

        void checkKeys() {
            for (String key : raw().stringPropertyNames()) {
                if (!known(key)) {
                    throw error("has a key the guide format does not know: " + key);
                }
            }
        }

        private static boolean known(String key) {
            if (key.equals("name") || key.equals("versions") || LIST_KEY.matcher(key).matches()) {
                return true;
            }
            int dot = key.indexOf('.');
            String rest = dot < 0 ? "" : key.substring(dot + 1);
            return dot > 0 && NoticeItem.fromId(key.substring(0, dot)).isPresent()
                    && rest.matches("place|label|action|(wording|note)\\.\\d+");
        }

        private String fill(String value) {
            Matcher m = PLACEHOLDER.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String filled = values.value(name).orElseThrow(() -> error("uses an unknown placeholder ${" + name + "}"));
                m.appendReplacement(out, Matcher.quoteReplacement(filled));
            }
            m.appendTail(out);
            return out.toString();
        }

        IllegalStateException error(String what) {
            return new IllegalStateException("The " + locale.getLanguage() + " guide for " + client.id() + " " + what);
        }
    }

    private static Properties read(String resource) {
        Properties p = new Properties();
        try (InputStream in = ClientGuides.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled guide " + resource + " is missing from the application");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled guide " + resource, e);
        }
        return p;
    }
}
