package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.clients.AccountPlan;
import io.github.ocnmailsetup.clients.SettingChange;
import io.github.ocnmailsetup.clients.ThunderbirdPlan;
import io.github.ocnmailsetup.ui.UiText;
import io.github.ocnmailsetup.ui.page.ThunderbirdViewModel.Search;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Page 7's "apply these settings to Thunderbird for me", for Thunderbird users with a profile that has the
 * account: while the profile is looked for, a progress line; then the before → after list, a confirmation, the
 * result, and Undo, with progress while the files are written.
 */
final class ThunderbirdSection {

    private ThunderbirdSection() {
    }

    /** Starts the search and fills the box when it finds a profile; hides the box otherwise. */
    static void install(VBox box, ThunderbirdViewModel vm, PageContext context) {
        HBox searching = Views.working(context, "tb.searching");
        box.getChildren().add(searching);
        Runnable show = () -> {
            Search search = vm.searchProperty().get();
            Views.show(box, search == Search.SEARCHING || search == Search.FOUND || search == Search.UNREADABLE);
            ThunderbirdPlan plan = vm.planProperty().get();
            if (search == Search.FOUND && plan != null && box.getChildren().contains(searching)) {
                box.getChildren().remove(searching);
                fill(box, plan, vm, context);
            } else if (search == Search.UNREADABLE && box.getChildren().contains(searching)) {
                box.getChildren().remove(searching);
                box.getStyleClass().add("setting-card");
                box.getChildren().addAll(Views.label(text(context, "tb.title"), "question"),
                        Views.label(vm.outcomeProperty().get().stream().map(context::words)
                                .collect(Collectors.joining("\n")), "note"));
            }
        };
        Views.whileShowing(box, vm.searchProperty(), show);
        vm.findPlan();
        show.run();
    }

    private static void fill(VBox box, ThunderbirdPlan plan, ThunderbirdViewModel vm, PageContext context) {
        Locale locale = context.locale();
        box.getStyleClass().add("setting-card");
        box.getChildren().add(Views.label(text(context, "tb.title"), "question"));
        box.getChildren().add(Views.label(text(context, "tb.profile", plan.profile().name()), "hint"));
        for (AccountPlan account : plan.accounts()) {
            for (SettingChange change : account.changes()) {
                box.getChildren().add(Views.label(HostNames.keptWhole(text(context, "tb.change", change.label(locale),
                        change.beforeText(locale), change.afterText(locale))), "mono"));
            }
        }
        Label result = Views.label("", null);
        Views.text(result, () -> vm.outcomeProperty().get().stream().map(context::words)
                .collect(Collectors.joining("\n")), vm.outcomeProperty());
        Views.showWhen(result, vm.outcomeProperty().map(words -> !words.isEmpty()));
        Button apply = new Button(text(context, "tb.apply"));
        apply.setId("tb-apply");
        apply.disableProperty().bind(vm.appliedProperty().or(vm.busyProperty()));
        Button undo = new Button(text(context, "tb.undo"));
        undo.setId("tb-undo");
        undo.disableProperty().bind(vm.busyProperty());
        Views.showWhen(undo, vm.undoAvailableProperty());
        apply.setOnAction(e -> {
            if (confirm(context)) {
                vm.apply();
            }
        });
        undo.setOnAction(e -> vm.undo());
        if (plan.isAlreadyDone()) {
            box.getChildren().add(Views.label(text(context, "tb.alreadyDone"), "hint"));
        }
        HBox working = Views.working(context, "tb.working");
        Views.showWhen(working, vm.busyProperty());
        box.getChildren().addAll(new HBox(8, apply, undo), working, result);
    }

    private static boolean confirm(PageContext context) {
        ButtonType yes = new ButtonType(text(context, "tb.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(text(context, "tb.confirm.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text(context, "tb.confirm.text"), yes, no);
        alert.setTitle(text(context, "tb.title"));
        alert.setHeaderText(text(context, "tb.confirm.header"));
        alert.initOwner(context.shell().window());
        // The dialog is a window of its own: it takes the wizard's font family and text size (ui.JapaneseFont).
        if (context.shell().window() != null && context.shell().window().getScene() != null) {
            alert.getDialogPane().setStyle(context.shell().window().getScene().getRoot().getStyle());
        }
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private static String text(PageContext context, String key, Object... args) {
        return UiText.get(context.locale(), key, args);
    }
}
