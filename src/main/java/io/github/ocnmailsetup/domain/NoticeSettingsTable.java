package io.github.ocnmailsetup.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notice's table 「2)暗号化に関する設定」 filled in for one user, the one place its rows are written: for each of
 * the nine rows, keyed by {@link NoticeItem}, the value to set (設定内容), what is known of the value before the
 * switch, and the notice's 備考 ({@link NoticeRemark}). The settings page, the printable sheet and the Thunderbird
 * planner read it; the per-software guides attach to its rows by item. Built from the user's {@link MailProfile}.
 */
public final class NoticeSettingsTable {

    private final MailProfile profile;
    private final Map<NoticeItem, Row> rows = new EnumMap<>(NoticeItem.class);

    private NoticeSettingsTable(MailProfile profile) {
        this.profile = profile;
        String port = String.valueOf(profile.incoming().port());
        String smtpPort = String.valueOf(profile.outgoing().port());
        OldValue oldServer = new OldValue(profile.oldIncoming().known() ? OldValue.Kind.KNOWN : OldValue.Kind.GUESSED,
                List.of(profile.oldIncomingServer()));
        OldValue oldSmtpPorts = new OldValue(OldValue.Kind.USUAL_PORTS,
                profile.portsBeforeSsl().smtp().stream().map(String::valueOf).toList());
        add(NoticeItem.USER_NAME, NewValue.typed(profile.username()), OldValue.of(OldValue.Kind.NOT_KNOWN),
                NoticeRemark.MUST_CHANGE);
        add(NoticeItem.PASSWORD, NewValue.of(NewValue.Kind.MAIL_PASSWORD), OldValue.of(OldValue.Kind.UNCHANGED),
                NoticeRemark.NO_CHANGE_IF_WORKING);
        add(NoticeItem.POP_SERVER, NewValue.typed(profile.incoming().host()), oldServer, NoticeRemark.MUST_CHANGE);
        add(NoticeItem.POP_PORT, NewValue.typed(port), new OldValue(OldValue.Kind.USUAL_PORTS,
                List.of(String.valueOf(profile.portsBeforeSsl().pop()))), NoticeRemark.MUST_CHANGE);
        add(NoticeItem.POP_SSL, NewValue.of(NewValue.Kind.USE_SSL), OldValue.of(OldValue.Kind.NO_SSL),
                NoticeRemark.MUST_CHANGE);
        add(NoticeItem.SMTP_SERVER, NewValue.typed(profile.outgoing().host()), OldValue.of(OldValue.Kind.NOT_KNOWN),
                NoticeRemark.MUST_CHANGE);
        add(NoticeItem.SMTP_PORT, NewValue.typed(smtpPort), oldSmtpPorts, NoticeRemark.MUST_CHANGE);
        add(NoticeItem.SMTP_AUTH, NewValue.of(NewValue.Kind.SAME_AS_INCOMING),
                OldValue.of(OldValue.Kind.MAYBE_NOT_SET), NoticeRemark.CHANGE_IF_NOT_SET);
        add(NoticeItem.SMTP_SSL, NewValue.of(NewValue.Kind.USE_SSL), OldValue.of(OldValue.Kind.NO_SSL),
                NoticeRemark.MUST_CHANGE);
    }

    /** The table for the profile. */
    public static NoticeSettingsTable of(MailProfile profile) {
        return new NoticeSettingsTable(profile);
    }

    private void add(NoticeItem item, NewValue value, OldValue before, NoticeRemark remark) {
        rows.put(item, new Row(item, value, before, remark));
    }

    /** The nine rows in the notice's order. */
    public List<Row> rows() {
        return List.copyOf(rows.values());
    }

    /** The row of one item; the two settings of part 1 are not rows of this table. */
    public Row row(NoticeItem item) {
        Row row = rows.get(item);
        if (row == null) {
            throw new IllegalArgumentException(item + " is not a row of the notice's table (part 2)");
        }
        return row;
    }

    /** The address whose table this is. */
    public OcnAddress address() {
        return profile.address();
    }

    /** 「ユーザ名」: the full address. */
    public String userName() {
        return profile.username();
    }

    /** 「受信(POP)サーバ名」 and 「ポート番号」, with 「SSLを利用する」. */
    public ServerEndpoint incoming() {
        return profile.incoming();
    }

    /** 「送信(SMTP)サーバ名」 and 「ポート番号」, with 「SSLを利用する」 and authentication as for incoming. */
    public ServerEndpoint outgoing() {
        return profile.outgoing();
    }

    /** The case of the footnote *1 that applies to the user's password. */
    public PasswordLength passwordLength() {
        return profile.passwordLength();
    }

    /** The old incoming server of 「おことわり」 (□□□.ocn.ne.jp), guessed or known. */
    public OldIncomingServer oldIncomingServer() {
        return profile.oldIncoming();
    }

    /**
     * One row of the table.
     *
     * @param item     which setting of the notice
     * @param newValue 設定内容: what to set
     * @param oldValue what is known of the setting before the switch
     * @param remark   備考
     */
    public record Row(NoticeItem item, NewValue newValue, OldValue oldValue, NoticeRemark remark) {
    }

    /**
     * What the notice sets: characters to type (the address, a server, a port) or a choice in the mail software.
     *
     * @param kind which
     * @param text the characters to type for {@link Kind#TYPED}; empty otherwise
     */
    public record NewValue(Kind kind, String text) {

        /** The shapes of the notice's 設定内容. */
        public enum Kind {
            /** Characters to type exactly: 「メールアドレス」, pop.ocn.ne.jp, 995, smtp.ocn.ne.jp, 465. */
            TYPED,
            /** 「メールパスワード*1」: never shown or copied; {@link PasswordLength} says which case applies. */
            MAIL_PASSWORD,
            /** 「SSLを利用する」. */
            USE_SSL,
            /** 「受信メールサーバと同じ設定で認証」. */
            SAME_AS_INCOMING
        }

        static NewValue typed(String text) {
            return new NewValue(Kind.TYPED, text);
        }

        static NewValue of(Kind kind) {
            return new NewValue(kind, "");
        }

        /** The exact characters to type, for a copy button; empty for a choice and for the password. */
        public Optional<String> toType() {
            return kind == Kind.TYPED ? Optional.of(text) : Optional.empty();
        }
    }

    /**
     * What is known of a setting before the switch: the notice names none of the old values, so only what the user
     * or a profile told us is {@link Kind#KNOWN}; the rest is said for what it is.
     *
     * @param kind   how much is known
     * @param values the value for KNOWN and GUESSED, the usual ports for USUAL_PORTS; empty otherwise
     */
    public record OldValue(Kind kind, List<String> values) {

        public OldValue {
            values = List.copyOf(values);
        }

        /** How much is known of the old value. */
        public enum Kind {
            /** Named by the user or a mail software profile. */
            KNOWN,
            /** Guessed (the old incoming server from the address): to be said to be a guess. */
            GUESSED,
            /** The standard ports without SSL: one of them is set before the switch. */
            USUAL_PORTS,
            /** Not known here (the old user name, the old outgoing server). */
            NOT_KNOWN,
            /** SSL not used: the switch is what turns it on. */
            NO_SSL,
            /** SMTP authentication may be off (「設定されていない場合」). */
            MAYBE_NOT_SET,
            /** The password stays as it is (「すでに送受信できている場合、変更不要です」). */
            UNCHANGED
        }

        static OldValue of(Kind kind) {
            return new OldValue(kind, List.of());
        }
    }
}
