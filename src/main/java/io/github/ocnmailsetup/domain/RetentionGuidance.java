package io.github.ocnmailsetup.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The notice's 「1)事前にご確認いただきたい設定」 for customers who keep mail on the server: keep mail on the
 * server = 残す, and delete on the server when deleted in the mail software = 削除しない, both
 * 「おすすめの設定です」. It holds the other wordings the notice lists (*1) and, as bundled data
 * ({@code retention*.properties}), each setting's label and place in the mail software we know, with that
 * software's own default where it works against the advice.
 */
public final class RetentionGuidance {

    static final String BUNDLE = "io.github.ocnmailsetup.domain.retention";

    private RetentionGuidance() {
    }

    /** Whether the two settings must be checked at all: only for those who keep mail on the server. */
    public static boolean applies(RetentionChoice choice) {
        return choice == RetentionChoice.KEEP_ON_SERVER;
    }

    /** The two settings in the given software's words and the user's language. */
    public static ClientGuidance forClient(MailClient client, Locale locale) {
        ResourceBundle b = I18n.bundle(BUNDLE, locale);
        String id = client.id();
        return new ClientGuidance(client, b.getString(id + ".name"),
                setting(b, id + ".keep"), setting(b, id + ".delete"), list(b, id + ".note"));
    }

    /** The notice's generic question for keeping mail, with the recommended answer (残す). */
    public static Text keepQuestion() {
        return Text.domain("retention.keep.question");
    }

    /** The notice's generic question for deleting on the server, with the recommended answer (削除しない). */
    public static Text deleteQuestion() {
        return Text.domain("retention.delete.question");
    }

    /** The other wordings of 「受信サーバにメールを残すか」 that the notice lists. */
    public static List<String> noticeWordingsForKeep(Locale locale) {
        return list(I18n.bundle(BUNDLE, locale), "notice.keep.wording");
    }

    /** The other wordings of 「メールソフトでメールを削除した際に…削除するか」 that the notice lists. */
    public static List<String> noticeWordingsForDelete(Locale locale) {
        return list(I18n.bundle(BUNDLE, locale), "notice.delete.wording");
    }

    private static RetentionSetting setting(ResourceBundle b, String prefix) {
        return new RetentionSetting(b.getString(prefix + ".label"), b.getString(prefix + ".place"),
                b.getString(prefix + ".action"), optional(b, prefix + ".default"));
    }

    private static Optional<String> optional(ResourceBundle b, String key) {
        try {
            String value = b.getString(key).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** Numbered keys {@code key.1}, {@code key.2}, ... until the first gap. */
    private static List<String> list(ResourceBundle b, String key) {
        List<String> items = new ArrayList<>();
        for (int i = 1; ; i++) {
            Optional<String> item = optional(b, key + "." + i);
            if (item.isEmpty()) {
                return items;
            }
            items.add(item.get());
        }
    }
}
