package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.ClientGuide;
import io.github.ocnmailsetup.domain.GuideDefault;
import io.github.ocnmailsetup.domain.GuideEntry;
import io.github.ocnmailsetup.domain.NoticeItem;
import io.github.ocnmailsetup.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * Page 7's guide for the chosen mail software ({@link ClientGuide}): under each row of the table, where that box is
 * and its label exactly as the software shows it; after the table, the steps as a numbered list, the software's
 * defaults that work against OCN with the box to set, and its notes. One column, every line wraps.
 */
final class GuideSection {

    private GuideSection() {
    }

    /** The lines for one row: the box's label in the software's words, where it is, and what to do there. */
    static List<Node> rowLines(ClientGuide guide, NoticeItem item, SettingsViewModel vm, PageContext context) {
        GuideEntry entry = guide.entry(item);
        List<Node> lines = new ArrayList<>();
        String key = vm.ownLabel(guide, item) ? "settings.guide.label" : "settings.guide.label.unconfirmed";
        Label label = wrapped(text(context, key, guide.name(),
                vm.boxLabel(guide, item, context.locale())), "setting-label");
        label.setId("guide-label-" + item.id());
        lines.add(label);
        lines.add(wrapped(text(context, "settings.guide.place", entry.place()), "guide-place"));
        entry.action().ifPresent(action -> lines.add(wrapped(text(context, "settings.guide.action", action), null)));
        return lines;
    }

    /** What comes after the value: the software's contrary default for this box, and the box's own notes. */
    static List<Node> rowWarnings(ClientGuide guide, NoticeItem item, PageContext context) {
        List<Node> lines = new ArrayList<>();
        guide.contraryDefault(item)
                .ifPresent(d -> lines.add(wrapped(text(context, "settings.guide.default", d), "warning")));
        for (String note : guide.entry(item).notes()) {
            lines.add(wrapped(text(context, "settings.guide.note", note), "hint"));
        }
        return lines;
    }

    /** The steps in order, numbered, then the defaults to change and the notes. */
    static void fillSteps(VBox box, ClientGuide guide, SettingsViewModel vm, PageContext context) {
        box.getChildren().clear();
        box.getChildren().add(wrapped(text(context, "settings.guide.steps", guide.name()), "question"));
        VBox steps = new VBox(10);
        steps.setId("guide-steps");
        for (int i = 0; i < guide.steps().size(); i++) {
            steps.getChildren().add(step(i + 1, guide.steps().get(i), context));
        }
        box.getChildren().add(steps);
        if (!guide.defaults().isEmpty()) {
            box.getChildren().add(wrapped(text(context, "settings.guide.defaults", guide.name()), "question"));
            for (GuideDefault contrary : guide.defaults()) {
                VBox card = new VBox(4, wrapped(text(context, "settings.guide.default", contrary.text()), "warning"),
                        wrapped(text(context, "settings.guide.defaultBox",
                                vm.boxLabel(guide, contrary.item(), context.locale()),
                                guide.entry(contrary.item()).place()), "hint"));
                card.getStyleClass().add("setting-card");
                box.getChildren().add(card);
            }
        }
        if (!guide.notes().isEmpty()) {
            box.getChildren().add(wrapped(text(context, "settings.guide.notes", guide.name()), "question"));
            for (String note : guide.notes()) {
                box.getChildren().add(wrapped(text(context, "settings.guide.note", note), null));
            }
        }
    }

    private static HBox step(int number, String words, PageContext context) {
        Label count = wrapped(text(context, "settings.guide.step", number), "step-number");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Label what = wrapped(words, null);
        what.setAccessibleText(text(context, "settings.guide.step.accessible", number, words));
        what.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox line = new HBox(10, count, what);
        line.setAlignment(Pos.TOP_LEFT);
        line.getStyleClass().add("guide-step");
        return line;
    }

    private static Label wrapped(String words, @Nullable String styleClass) {
        Label label = Views.label(HostNames.keptWhole(words), styleClass);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static String text(PageContext context, String key, Object... args) {
        return UiText.get(context.locale(), key, args);
    }
}
