package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.export.ExportFormat;
import io.github.ocnmailsetup.ui.UiText;
import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Page 8's save buttons for the take-away profiles, one per format, and the printable settings sheet; while a
 * file is written, the buttons wait and a progress line shows.
 */
final class ExportSection {

    private ExportSection() {
    }

    /** Adds the buttons to the box. */
    static void install(VBox box, ExportViewModel vm, PageContext context) {
        if (!vm.available()) {
            Views.show(box, false);
            return;
        }
        Label heading = new Label(text(context, "export.title"));
        heading.getStyleClass().add("question");
        heading.setWrapText(true);
        Label result = new Label();
        result.setWrapText(true);
        result.getStyleClass().add("hint");
        Views.words(result, context, vm.outcomeProperty());
        FlowPane buttons = new FlowPane(8, 8);
        buttons.disableProperty().bind(vm.busyProperty());
        for (ExportFormat format : ExportFormat.values()) {
            // A plain description on the button; the file's format and name are in its tooltip and the dialog.
            Button save = new Button(text(context, "export.save." + format.id()));
            save.setTooltip(new javafx.scene.control.Tooltip(context.words(format.label())));
            save.setId("save-" + format.id());
            save.setOnAction(e -> {
                File file = chooser(vm, context, format).showSaveDialog(context.shell().window());
                if (file != null) {
                    vm.save(format, file.toPath(), context.locale());
                }
            });
            buttons.getChildren().add(save);
        }
        Button print = new Button(text(context, "export.print"));
        print.setId("print-sheet");
        print.setOnAction(e -> vm.openSheetForPrinting(context.locale(),
                file -> context.shell().showDocument(file.toUri().toString())));
        buttons.getChildren().add(print);
        Label note = new Label(text(context, "export.noPassword"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        HBox working = Views.working(context, "export.working");
        Views.showWhen(working, vm.busyProperty());
        box.getChildren().addAll(heading, buttons, note, working, result);
    }

    private static FileChooser chooser(ExportViewModel vm, PageContext context, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text(context, "export.save", context.words(format.label())));
        chooser.setInitialFileName(vm.proposedFileName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(context.words(format.label()),
                "*." + format.extension()));
        return chooser;
    }

    private static String text(PageContext context, String key, Object... args) {
        return UiText.get(context.locale(), key, args);
    }
}
