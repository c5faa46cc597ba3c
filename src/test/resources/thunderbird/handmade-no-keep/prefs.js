// Mozilla User Preferences

user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.identity.id1.useremail", "jiro@def.ocn.ne.jp");
user_pref("mail.server.server1.delete_by_age_from_server", true);
user_pref("mail.server.server1.delete_mail_left_on_server", true);
user_pref("mail.server.server1.hostname", "def.ocn.ne.jp");
user_pref("mail.server.server1.type", "pop3");
user_pref("mail.server.server1.userName", "jiro");
user_pref("mail.smtp.defaultserver", "smtp1");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.ocn.ne.jp");
user_pref("mail.smtpservers", "smtp1");
