package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.clients.AccountPlan;
import io.github.ocnmailsetup.clients.SettingChange;
import io.github.ocnmailsetup.clients.ThunderbirdPlan;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.ui.UiText;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Page 7's "apply these settings to Thunderbird for me", for Thunderbird users with a profile that has the
 * account: the before → after list, a confirmation, the result, and Undo.
 */
final class ThunderbirdSection {

    private ThunderbirdSection() {
    }

    /** Fills the box when it applies; hides it otherwise. */
    static void install(VBox box, PageContext context) {
        ThunderbirdViewModel vm = context.model().thunderbird();
        Optional<ThunderbirdPlan> found = vm.plan();
        Views.show(box, found.isPresent());
        if (found.isEmpty()) {
            return;
        }
        ThunderbirdPlan plan = found.get();
        Locale locale = context.locale();
        box.getStyleClass().add("setting-card");
        box.getChildren().add(Views.label(text(context, "tb.title"), "question"));
        box.getChildren().add(Views.label(text(context, "tb.profile", plan.profile().name()), "hint"));
        for (AccountPlan account : plan.accounts()) {
            for (SettingChange change : account.changes()) {
                box.getChildren().add(Views.label(text(context, "tb.change", change.label(locale),
                        change.beforeText(locale), change.afterText(locale)), "mono"));
            }
        }
        Label result = Views.label("", null);
        Views.show(result, false);
        Button apply = new Button(text(context, "tb.apply"));
        apply.setId("tb-apply");
        apply.setDisable(plan.isAlreadyDone());
        Button undo = new Button(text(context, "tb.undo"));
        undo.setId("tb-undo");
        Views.show(undo, vm.canUndo(plan));
        apply.setOnAction(e -> {
            if (confirm(context)) {
                StringBuilder words = new StringBuilder(context.words(vm.apply(plan)));
                for (Text advice : vm.afterApply()) {
                    words.append('\n').append(context.words(advice));
                }
                show(result, words.toString());
                apply.setDisable(true);
                Views.show(undo, vm.canUndo(plan));
            }
        });
        undo.setOnAction(e -> {
            show(result, context.words(vm.undo(plan)));
            Views.show(undo, vm.canUndo(plan));
            apply.setDisable(false);
        });
        if (plan.isAlreadyDone()) {
            box.getChildren().add(Views.label(text(context, "tb.alreadyDone"), "hint"));
        }
        box.getChildren().addAll(new HBox(8, apply, undo), result);
    }

    private static boolean confirm(PageContext context) {
        ButtonType yes = new ButtonType(text(context, "tb.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(text(context, "tb.confirm.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text(context, "tb.confirm.text"), yes, no);
        alert.setTitle(text(context, "tb.title"));
        alert.setHeaderText(text(context, "tb.confirm.header"));
        alert.initOwner(context.shell().window());
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private static void show(Label result, String text) {
        result.setText(text);
        Views.show(result, true);
    }

    private static String text(PageContext context, String key, Object... args) {
        return UiText.get(context.locale(), key, args);
    }
}
