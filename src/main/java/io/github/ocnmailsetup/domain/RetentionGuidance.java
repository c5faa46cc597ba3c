package io.github.ocnmailsetup.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The notice's 「1)事前にご確認いただきたい設定」 for customers who keep mail on the server: keep mail on the
 * server = 残す, and delete on the server when deleted in the mail software = 削除しない, both
 * 「おすすめの設定です」. The other wordings the notice lists (*1), and each setting's label and place in the mail
 * software we know, with that software's own default where it works against the advice, are read from the
 * per-software guides ({@link ClientGuides}: the {@code keep-on-server} and {@code delete-on-server} entries; the
 * notice's wordings are those of the {@code other} guide).
 */
public final class RetentionGuidance {

    private RetentionGuidance() {
    }

    /** Whether the two settings must be checked at all: for those who keep mail on the server, or are not sure. */
    public static boolean applies(RetentionChoice choice) {
        return choice != null && choice.keepsMailOnServer();
    }

    /** The two settings in the given software's words and the user's language. */
    public static ClientGuidance forClient(MailClient client, Locale locale) {
        ClientGuide guide = ClientGuides.forClient(client, locale);
        List<String> notes = new ArrayList<>(guide.entry(NoticeItem.KEEP_ON_SERVER).notes());
        notes.addAll(guide.entry(NoticeItem.DELETE_ON_SERVER).notes());
        return new ClientGuidance(client, guide.name(), setting(guide, NoticeItem.KEEP_ON_SERVER, locale),
                setting(guide, NoticeItem.DELETE_ON_SERVER, locale), notes);
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
        return ClientGuides.forClient(MailClient.OTHER, locale).entry(NoticeItem.KEEP_ON_SERVER).wordings();
    }

    /** The other wordings of 「メールソフトでメールを削除した際に…削除するか」 that the notice lists. */
    public static List<String> noticeWordingsForDelete(Locale locale) {
        return ClientGuides.forClient(MailClient.OTHER, locale).entry(NoticeItem.DELETE_ON_SERVER).wordings();
    }

    /** One setting; where a guide says nothing to do, the notice's recommended answer (the other guide's) stands. */
    private static RetentionSetting setting(ClientGuide guide, NoticeItem item, Locale locale) {
        GuideEntry entry = guide.entry(item);
        String action = entry.action().orElseGet(() -> ClientGuides.forClient(MailClient.OTHER, locale).entry(item)
                .action().orElseThrow(() -> new IllegalStateException("The other guide lacks " + item.id() + ".action")));
        return new RetentionSetting(ClientGuides.labelShown(guide, item, locale), entry.place(), action,
                guide.contraryDefault(item));
    }
}
