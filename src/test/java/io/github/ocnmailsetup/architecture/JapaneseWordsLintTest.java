package io.github.ocnmailsetup.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A lint over the app's Japanese bundles (issue 15, "Words"): Japanese punctuation in Japanese sentences, dates that
 * read as dates, the notice's own terms used the same way each time, and no claim the notice does not make. Labels
 * quoted from another mail software keep that software's spelling: the guides ({@code domain/guides}) are not
 * linted. Each failure names the bundle, the key, the rule and what to write instead.
 */
class JapaneseWordsLintTest {

    private static final Path RESOURCES = Path.of("src/main/resources/io/github/ocnmailsetup");
    private static final List<String> BUNDLES = List.of("ui", "cli", "probe", "export", "clients", "domain", "app");

    /** Kana, kanji, full-width forms and Japanese punctuation. */
    private static final String JAPANESE = "[\\u3000-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff01-\\uff60]";
    /**
     * A half-width : or ? in a Japanese sentence: beside Japanese text, after a closing bracket or at the end; not
     * inside host:port, a time or a URL (ASCII letters or digits on both sides, or "://").
     */
    private static final Pattern HALF_WIDTH_BESIDE_JAPANESE = Pattern.compile(
            "(?<=" + JAPANESE + ")\\s*([:?])|([:?])\\s*(?=" + JAPANESE + ")|(?<=[)\\]}])([:?])(?!//)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)");
    private static final Pattern ANY_JAPANESE = Pattern.compile(JAPANESE);
    /** Units and file formats the main text leaves to the details view and the support report. */
    private static final Pattern TECHNICAL_UNIT = Pattern.compile("(\\d|\\})\\s*(ms|MB|KB|バイト)(?![A-Za-z])");
    /** A time to the tenth of a second (0.6 秒): a step's duration is for the support report. */
    private static final Pattern TENTHS_OF_SECONDS = Pattern.compile("\\{\\d+,number,0\\.0+\\}\\s*秒");

    /**
     * Lists of accepted input formats may show a date as 2009-11-24 (the user may type it that way); nothing else
     * may. Keep this list small.
     */
    private static final Set<String> ACCEPTED_INPUT_FORMATS = Set.of("ui:eligibility.date.examples",
            "domain:date.unreadable");

    /**
     * Words with one spelling: a wrong form and what the notice writes (or the one word the app chose for one
     * thing, as 報告 and レポート).
     */
    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("重なった", "重複している (the notice's words)"),
            Map.entry("重複した", "重複している (the notice's words)"),
            Map.entry("コンピュータ", "パソコン (the notice's word)"),
            Map.entry("クリップボード", "「コピーしました」 (say what the reader can do, not where it went)"),
            Map.entry("Web メール", "Webメール (one spelling)"),
            Map.entry("テスト メール", "テストメール (one spelling)"),
            Map.entry("ユーザー", "ユーザ名 (the notice writes ユーザ, without ー)"),
            Map.entry("ＳＳＬ", "SSL (half-width, as the notice writes it)"),
            Map.entry("ＰＯＰ", "POP (half-width)"),
            Map.entry("ＳＭＴＰ", "SMTP (half-width)"),
            Map.entry("POPサーバ", "受信(POP)サーバ (the notice's table)"),
            Map.entry("SMTPサーバ", "送信(SMTP)サーバ (the notice's table)"),
            Map.entry("報告", "レポート (one word for the support report)"),
            Map.entry("お客さまID", "メールソフトに設定中のもの (no source says the old user name is the ID)"),
            Map.entry("お客様ID", "メールソフトに設定中のもの (no source says the old user name is the ID)"),
            Map.entry("アップグレード", "バージョンアップ (the notice's word)"),
            Map.entry("メールアドレスは変わりません", "nothing: the notice says nothing about the address"),
            Map.entry("だけを使います", "「{0}文字目までを入力してください」: the notice says what to type, nothing more"));

    /**
     * Symbols every Japanese system font draws (JIS X 0208, plus ▶ ◐ – “ ” of JIS X 0213 and Latin-1's ×): the
     * window uses one Japanese family (ui.JapaneseFont), and a glyph it lacks shows as a box (❓ ✔ ✖ did on Linux).
     */
    private static final String SAFE_SYMBOLS = "–“”•…→←↑↓−■□▲△▼▽▶○●◎◐◇◆※×÷°・〜";

    /** 受信サーバ alone is the notice's word only inside its own two retention questions. */
    private static final Pattern BARE_INCOMING_SERVER = Pattern.compile(
            "受信サーバ(?!にメールを残すか|上のメールも削除するか)");

    @Test
    void that_the_japanese_bundles_follow_the_words_rules() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Path file = RESOURCES.resolve(bundle).resolve("messages_ja.properties");
            for (var entry : read(file).entrySet()) {
                lint(bundle, entry.getKey(), entry.getValue(), problems);
            }
        }
        assertThat(problems).as("Japanese bundle lint: fix each string (issue 15, \"Words\")").isEmpty();
    }

    /**
     * Brackets one pair at a time (issue 15): no 「…」(…), no (…「…」…), no (…(…)…), no )(, no 「 or 『 inside
     * 「…」. What a quote holds is another program's spelling and is not looked into.
     */
    static void stackedBrackets(String where, String value, List<String> problems) {
        if (Pattern.compile("「[^」]*[「『]").matcher(value).find()) {
            problems.add(where + "a quotation inside a quotation; quote one thing at a time");
        }
        String outside = value.replaceAll("「[^」]*」", "「」");
        Matcher stacked = Pattern.compile("」[(（]|[(（][^)）]*[「(（]|[)）][(（]").matcher(outside);
        if (stacked.find()) {
            problems.add(where + "stacked brackets 「" + stacked.group() + "」; write one bracket pair at a time"
                    + " (a second sentence instead of a bracket inside or beside another)");
        }
    }

    /** Words an older reader does not know, left to the guides' notes: an OS version, an account type, a format. */
    private static final Pattern GUIDE_TECHNICAL = Pattern.compile(
            "iOS|iPadOS|macOS|POP ?アカウント|\\.mobileconfig|autoconfig|Autodiscover|構成プロファイル");

    @Test
    void that_the_japanese_guides_stack_no_brackets_and_keep_technical_words_to_their_notes() throws IOException {
        List<String> problems = new ArrayList<>();
        try (var files = Files.list(RESOURCES.resolve("domain/guides"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_ja.properties")).sorted().toList()) {
                for (var entry : read(file).entrySet()) {
                    String key = entry.getKey();
                    String where = "domain/guides/" + file.getFileName() + ", key " + key + " = 「" + entry.getValue()
                            + "」: ";
                    if (key.endsWith(".label") || key.contains(".wording.")) {
                        continue; // another program's spelling, or the notice's own list
                    }
                    stackedBrackets(where, entry.getValue(), problems);
                    for (String wrong : List.of("重なった", "重複した", "報告", "コンピュータ", "Web メール", "テスト メール")) {
                        if (entry.getValue().contains(wrong)) {
                            problems.add(where + "「" + wrong + "」; write " + TERMS.get(wrong));
                        }
                    }
                    Matcher technical = GUIDE_TECHNICAL.matcher(entry.getValue());
                    if (!key.startsWith("note.") && !key.contains(".note.") && technical.find()) {
                        problems.add(where + "「" + technical.group() + "」 in the main text; say it plainly, and keep"
                                + " a version or a format name for a note (note.N)");
                    }
                }
            }
        }
        assertThat(problems).as("Japanese guide lint (issue 15, \"Words\")").isEmpty();
    }

    @Test
    void that_the_lint_catches_what_it_is_for() {
        List<String> problems = new ArrayList<>();
        lint("ui", "a", "メールアドレス: {0}", problems);
        lint("ui", "b", "どのメールソフトをお使いですか?", problems);
        lint("ui", "c", "2010-04-01に加入しました。", problems);
        lint("ui", "d", "重なったメールを削除します。", problems);
        lint("ui", "d2", "重複したメールは、このコンピュータで削除します。", problems);
        lint("ui", "e", "受信サーバを変えます。", problems);
        lint("ui", "f", "サーバに 3 通(2 MB)あります。", problems);
        lint("ui", "g", "\u2753 まだ判断できません", problems);
        lint("ui", "h", "もう一度入力してください(_P):", problems);
        lint("ui", "i", "({0,number,0.0} 秒)", problems);
        lint("ui", "j", "「ファイル」(上にあります)を開きます。", problems);
        lint("ui", "k", "配信(「サーバーに置く(L)」の下)を開きます。", problems);
        lint("ui", "l", "「詳細設定」タブ(受信(POP)サーバのポート番号)を開きます。", problems);
        lint("ui", "m", "読んでいます(Outlook など)(_M)", problems);
        assertThat(problems).hasSize(15);
        assertThat(problems.get(0)).contains("ui/messages_ja.properties", "key a", "'：'");
        List<String> none = new ArrayList<>();
        lint("ui", "ok", "メールアドレス：{0}。https://www.ocn.ne.jp/ を開きます。受信サーバにメールを残すか", none);
        lint("ui", "eligibility.date.examples", "2010-04-01、平成22年4月1日 のどれでも入力できます。", none);
        lint("cli", "usage", "--pop-server HOST:PORT", none);
        lint("domain", "server.format", "サーバ名とポート番号を半角の「:」でつないで書いてください。", none);
        lint("ui", "quote", "「ポート (POP3)(I)」に 995 を入力します。受信(POP)サーバのポート番号です(_P)", none);
        assertThat(none).isEmpty();
    }

    static void lint(String bundle, String key, String value, List<String> problems) {
        String where = bundle + "/messages_ja.properties, key " + key + " = 「" + value + "」: ";
        if (bundle.equals("ui") && !key.contains("report") && !key.contains("details")
                && TECHNICAL_UNIT.matcher(value).find()) {
            problems.add(where + "milliseconds, MB or bytes in the wizard's main text; keep them for the details"
                    + " view and the support report (a key with 'details' or 'report' in its name)");
        }
        if (bundle.equals("ui") && !key.contains("report") && !key.contains("details")
                && TENTHS_OF_SECONDS.matcher(value).find()) {
            problems.add(where + "a time in tenths of a second in the wizard's main text; step times belong in the"
                    + " support report, a running time in whole seconds");
        }
        symbols(where, value, problems);
        if (!ANY_JAPANESE.matcher(value).find()) {
            return;
        }
        // A half-width mark quoted on its own (「:」) names the character to type: that one is meant.
        Matcher half = HALF_WIDTH_BESIDE_JAPANESE.matcher(value.replace("「:」", "「\uff1a」"));
        while (half.find()) {
            String mark = half.group(1) != null ? half.group(1) : half.group(2) != null ? half.group(2) : half.group(3);
            problems.add(where + "half-width '" + mark + "' beside Japanese text at character " + half.start()
                    + "; write '" + (mark.equals(":") ? "：" : "？") + "'");
        }
        stackedBrackets(where, value, problems);
        if (ISO_DATE.matcher(value).find() && !ACCEPTED_INPUT_FORMATS.contains(bundle + ":" + key)) {
            problems.add(where + "a date as 2010-04-01 inside a Japanese sentence; write 2010年4月1日 (only a"
                    + " list of accepted input formats may show that form: ACCEPTED_INPUT_FORMATS)");
        }
        TERMS.forEach((wrong, right) -> {
            if (value.contains(wrong)) {
                problems.add(where + "「" + wrong + "」; write " + right);
            }
        });
        if (BARE_INCOMING_SERVER.matcher(value).find()) {
            problems.add(where + "「受信サーバ」; write 受信(POP)サーバ (the notice's table), except in the notice's"
                    + " own questions 受信サーバにメールを残すか / 受信サーバ上のメールも削除するか");
        }
    }

    /** Reports each symbol outside {@link #SAFE_SYMBOLS} (letters, kana, kanji and full-width forms are fine). */
    static void symbols(String where, String value, List<String> problems) {
        value.codePoints().filter(c -> c > 0x7e && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)
                        && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff01 && c <= 0xff60)
                        && SAFE_SYMBOLS.indexOf(c) < 0)
                .distinct().forEach(c -> problems.add(where + "the symbol " + Character.toString(c)
                        + String.format(" (U+%04X)", c) + " is missing from some Japanese system fonts and shows as a"
                        + " box; use one of " + SAFE_SYMBOLS));
    }

    @Test
    void that_the_english_bundles_use_only_symbols_the_font_has() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (var entry : read(RESOURCES.resolve(bundle).resolve("messages.properties")).entrySet()) {
                symbols(bundle + "/messages.properties, key " + entry.getKey() + ": ", entry.getValue(), problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> sorted = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> sorted.put(k, properties.getProperty(k)));
        return sorted;
    }
}
