package io.github.ocnmailsetup.domain;

import java.util.List;

/**
 * The notice's two keep-on-server settings in one mail software's own words.
 *
 * @param client       which software
 * @param clientName   its name as the user knows it
 * @param keepOnServer 「受信サーバにメールを残すか」: 残す (recommended)
 * @param deleteOnServerWithLocalDelete 「メールソフトでメールを削除した際に、受信サーバ上のメールも削除するか」: 削除しない
 * @param notes        anything else that software needs said (for example, where a profile cannot set it)
 */
public record ClientGuidance(
        MailClient client,
        String clientName,
        RetentionSetting keepOnServer,
        RetentionSetting deleteOnServerWithLocalDelete,
        List<String> notes) {

    public ClientGuidance {
        notes = List.copyOf(notes);
    }
}
