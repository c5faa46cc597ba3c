package io.github.ocnmailsetup.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * Japanese page headings and questions break between phrases, never inside one. JavaFX wraps Japanese text at any character, so
 * at large text a heading could end with a lone particle on its own line or break inside a word. A heading that does not
 * fit on one line gets its line breaks at phrase ends (after a particle or a sentence mark, before an opening
 * bracket), as many phrases on a line as fit; screen readers read the heading without the breaks. Text without
 * Japanese is left to JavaFX, which wraps it at spaces.
 */
final class HeadingBreaks {

    private static final String ORIGINAL = "wizard.heading.original";
    private static final String WITH_BREAKS = "wizard.heading.withBreaks";
    /** Hiragana that end a phrase on their own: the particles of short headings. */
    private static final String PARTICLES = "\u306f\u304c\u3092\u306b\u3067\u3068\u3082\u306e\u3078\u3084\u304b";
    private static final String OPENING = "\u300c\u300e\uff08(\u3010\u3008\u300a[";
    /** Closing brackets: a particle after one stays with it. */
    private static final String CLOSING = "\u300d\u300f\uff09)\u3011\u3009\u300b]";
    /** Sentence marks: a phrase ends after one. */
    private static final String MARKS = "\u3001\u3002\uff0c\uff0e\uff1a\uff1f\uff01:?!";

    private HeadingBreaks() {
    }

    /**
     * Keeps the heading's breaks at phrase ends as its width, font and text change (a text the view sets later is
     * taken as the new heading). A heading whose text is bound is left as it is.
     */
    static void install(Label heading) {
        if (heading.textProperty().isBound() || heading.getProperties().containsKey(ORIGINAL)) {
            return;
        }
        heading.getProperties().put(ORIGINAL, heading.getText() == null ? "" : heading.getText());
        heading.setAccessibleText(heading.getText());
        // Its width is the page's, whatever its text: inserting breaks cannot change the width it is given.
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.widthProperty().addListener((o, was, width) -> reflow(heading));
        heading.fontProperty().addListener((o, was, font) -> reflow(heading));
        heading.textProperty().addListener((o, was, text) -> {
            if (text != null && !text.equals(withBreaks(heading))) { // the view's own new text
                heading.getProperties().put(ORIGINAL, text);
                heading.setAccessibleText(text);
                reflow(heading);
            }
        });
    }

    private static void reflow(Label heading) {
        String text = (String) heading.getProperties().get(ORIGINAL);
        double room = heading.getWidth() - heading.snappedLeftInset() - heading.snappedRightInset() - 1;
        if (room > 0 && hasJapanese(text)) {
            String lines = lines(phrases(text), room, heading);
            heading.getProperties().put(WITH_BREAKS, lines);
            if (!lines.equals(heading.getText())) {
                heading.setText(lines);
            }
        }
    }

    private static String withBreaks(Label heading) {
        return (String) heading.getProperties().get(WITH_BREAKS);
    }

    /** The phrases joined with line breaks, each line as many phrases as fit in {@code room}. */
    private static String lines(List<String> phrases, double room, Label heading) {
        StringBuilder all = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String phrase : phrases) {
            if (line.length() > 0 && width(line + phrase, heading) > room) {
                all.append(line).append('\n');
                line.setLength(0);
            }
            line.append(phrase);
        }
        return all.append(line).toString();
    }

    private static double width(String text, Label heading) {
        Text probe = new Text(text);
        probe.setFont(heading.getFont());
        return probe.getLayoutBounds().getWidth();
    }

    /**
     * Splits Japanese text where a line may break: after a run of two or more hiragana (not at the heading's
     * start) or a particle when a word
     * in kanji, katakana or Latin letters follows, after a sentence mark or closing bracket, before an opening
     * bracket, after a space. A single hiragana between kanji (the okurigana of a compound verb) stays inside its word.
     */
    static List<String> phrases(String text) {
        List<String> phrases = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < text.length(); i++) {
            if (breaksBefore(text, i)) {
                phrases.add(text.substring(start, i));
                start = i;
            }
        }
        phrases.add(text.substring(start));
        return phrases;
    }

    private static boolean breaksBefore(String text, int i) {
        char prev = text.charAt(i - 1);
        char cur = text.charAt(i);
        if (CLOSING.indexOf(cur) >= 0 || MARKS.indexOf(cur) >= 0 || isSmallOrLong(cur)) {
            return false; // a closing mark or a small kana never starts a line
        }
        if (MARKS.indexOf(prev) >= 0 || prev == ' ' || prev == '\u3000') {
            return true;
        }
        if (CLOSING.indexOf(prev) >= 0) {
            return !isHiragana(cur);
        }
        if (OPENING.indexOf(cur) >= 0) {
            return OPENING.indexOf(prev) < 0;
        }
        if (isHiragana(prev) && !isHiragana(cur)) {
            int run = 0;
            for (int j = i - 1; j >= 0 && isHiragana(text.charAt(j)); j--) {
                run++;
            }
            // A run that starts the heading is a prefix of its first word, not a phrase of its own.
            return run < i && (run >= 2 || PARTICLES.indexOf(prev) >= 0);
        }
        return false;
    }

    private static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u309f';
    }

    /** Small kana and the long-vowel mark, which belong to the character before them. */
    private static boolean isSmallOrLong(char c) {
        return "\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308e\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7\u30ee\u30f5\u30f6\u30fc".indexOf(c) >= 0;
    }

    private static boolean hasJapanese(String text) {
        return text.chars().anyMatch(c -> c >= 0x3040 && c <= 0x30ff || c >= 0x4e00 && c <= 0x9fff);
    }
}
