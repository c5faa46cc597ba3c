package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.ClientGuide;
import io.github.ocnmailsetup.domain.ClientGuides;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sheet's part after the table: the chosen mail software's steps, numbered, from opening it to the test send
 * (the notice's 「3)メールを送受信します」), the defaults of that software that work against OCN with the box to set,
 * and its notes, so that a customer can follow the sheet away from the app.
 */
final class GuideSteps {

    private GuideSteps() {
    }

    static HtmlTemplate.Html render(Locale locale, ClientGuide guide) {
        String steps = items(guide.steps().stream()
                .map(step -> HtmlTemplate.load("step.html").text("text", step).render().markup()).toList());
        String defaults = guide.defaults().isEmpty() ? "" : list(t(locale, "sheet.defaults.heading", guide.name()),
                "defaults", guide.defaults().stream()
                        .map(d -> HtmlTemplate.load("guide-default.html").text("text", d.text())
                                .text("box", t(locale, "sheet.defaults.box",
                                        ClientGuides.labelShown(guide, d.item(), locale), guide.entry(d.item()).place()))
                                .render().markup()).toList());
        String notes = guide.notes().isEmpty() ? "" : list(t(locale, "sheet.notes.heading", guide.name()),
                "guide-notes", guide.notes().stream()
                        .map(note -> HtmlTemplate.load("step.html").text("text", note).render().markup()).toList());
        return HtmlTemplate.load("guide-steps.html")
                .text("stepsHeading", t(locale, "sheet.steps.heading", guide.name()))
                .text("versions", t(locale, "sheet.steps.versions", guide.versions()))
                .html("steps", new HtmlTemplate.Html(steps))
                .html("defaults", new HtmlTemplate.Html(defaults))
                .html("notes", new HtmlTemplate.Html(notes))
                .render();
    }

    private static String list(String heading, String cssClass, List<String> items) {
        return HtmlTemplate.load("guide-list.html").text("heading", heading).text("listClass", cssClass)
                .html("items", new HtmlTemplate.Html(items(items))).render().markup();
    }

    private static String items(List<String> markup) {
        return markup.stream().collect(Collectors.joining("\n"));
    }

    private static String t(Locale locale, String key, Object... args) {
        return SettingsSheetWriter.t(locale, key, args);
    }
}
