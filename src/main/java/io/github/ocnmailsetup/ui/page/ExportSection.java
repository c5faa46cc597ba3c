package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.RetentionGuidance;
import io.github.ocnmailsetup.export.ExportFormat;
import io.github.ocnmailsetup.ui.UiText;
import io.github.ocnmailsetup.ui.page.DoneViewModel.FirstOffer;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Page 8's take-away part: first what fits the chosen mail software, each with a line on what to do with it
 * (Thunderbird: the apply on the settings page; iPhone and Mac: the .mobileconfig; the others: the printable sheet),
 * then the other files. While a file is written, the buttons wait and a progress line shows. Page 7 shows the
 * .mobileconfig save alone beside the guide for iPhone/iPad and Mac.
 */
final class ExportSection {

    private ExportSection() {
    }

    /** Adds the first offer and the other files to the box. */
    static void install(VBox box, DoneViewModel done, PageContext context) {
        ExportViewModel vm = done.export();
        if (!vm.available()) {
            Views.show(box, false);
            return;
        }
        MailClient client = done.client();
        String name = RetentionGuidance.forClient(client, context.locale()).clientName();
        Label heading = Views.label(text(context, "done.first.title", name), "question");
        VBox first = firstOffer(done, client, context);
        first.disableProperty().bind(vm.busyProperty());
        Label others = Views.label(text(context, "done.otherFiles"), "question");
        FlowPane buttons = new FlowPane(8, 8);
        buttons.disableProperty().bind(vm.busyProperty());
        for (ExportFormat format : ExportFormat.values()) {
            if (!(done.firstOffer() == FirstOffer.MOBILECONFIG && format == ExportFormat.MOBILECONFIG)) {
                buttons.getChildren().add(saveButton(vm, context, format));
            }
        }
        if (done.firstOffer() != FirstOffer.PRINTABLE_SHEET) {
            buttons.getChildren().add(printButton(vm, context));
        }
        Label note = Views.label(text(context, "export.noPassword"), "hint");
        HBox working = Views.working(context, "export.working");
        Views.showWhen(working, vm.busyProperty());
        Label result = Views.label("", "hint");
        Views.words(result, context, vm.outcomeProperty());
        confirmNextToTheFirstOffer(first, buttons, result, vm, context);
        Button folder = new Button(text(context, "export.showFolder"));
        folder.setId("showSheetFolder");
        folder.setOnAction(e -> {
            Path sheet = vm.lastSheetProperty().get();
            if (sheet != null && sheet.getParent() != null) {
                context.shell().showDocument(sheet.getParent().toUri().toString());
            }
        });
        Views.showWhen(folder, Bindings.isNotNull(vm.lastSheetProperty()));
        box.getChildren().addAll(heading, first, others, buttons, note, working, result, folder);
    }

    /**
     * The outcome of a save or of opening the sheet shows next to the button pressed: under the first offer's button
     * when that was pressed, else under the other files' buttons.
     */
    private static void confirmNextToTheFirstOffer(VBox first, FlowPane others, Label result, ExportViewModel vm,
            PageContext context) {
        BooleanProperty fromFirst = new SimpleBooleanProperty();
        first.getChildren().stream().filter(Button.class::isInstance).findFirst().ifPresent(button -> {
            button.addEventHandler(ActionEvent.ACTION, e -> fromFirst.set(true));
            Label nextToIt = Views.label("", "hint");
            nextToIt.setId("firstOfferResult");
            Views.words(nextToIt, context, vm.outcomeProperty());
            Views.showWhen(nextToIt, fromFirst.and(Bindings.isNotNull(vm.outcomeProperty())));
            first.getChildren().add(first.getChildren().indexOf(button) + 1, nextToIt);
        });
        others.getChildren().forEach(button -> button.addEventHandler(ActionEvent.ACTION, e -> fromFirst.set(false)));
        Views.showWhen(result, fromFirst.not());
    }

    private static VBox firstOffer(DoneViewModel done, MailClient client, PageContext context) {
        List<Node> lines = new ArrayList<>();
        switch (done.firstOffer()) {
            case APPLY_TO_THUNDERBIRD -> {
                lines.add(Views.label(text(context, "done.first.thunderbird",
                        UiText.labelInSentence(context.locale(), "tb.apply")), null));
                Button settings = new Button(text(context, "done.first.thunderbird.button"));
                settings.setId("backToSettings");
                settings.getStyleClass().add("accent");
                settings.setOnAction(e -> done.backToSettings());
                lines.add(settings);
            }
            case MOBILECONFIG -> {
                Button save = saveButton(done.export(), context, ExportFormat.MOBILECONFIG);
                save.getStyleClass().add("accent");
                lines.add(save);
                if (done.saysHowToGetTheFileOntoTheDevice()) { // first how the file gets there, then what it does
                    lines.add(Views.label(text(context, "done.mobileconfig.transfer"), "note"));
                }
                lines.add(Views.label(text(context, "done.mobileconfig.secondAccount"), null));
                lines.add(Views.label(text(context, "done.mobileconfig.password"), null));
                lines.add(Views.label(text(context, "done.mobileconfig.unsigned"), "hint"));
                if (done.saysHowToGetTheFileOntoTheDevice()) {
                    lines.add(Views.label(text(context, "done.mobileconfig.iphone"), "note"));
                }
            }
            case PRINTABLE_SHEET -> {
                Button print = printButton(done.export(), context);
                print.getStyleClass().add("accent");
                lines.add(print);
                lines.add(Views.label(text(context, "done.first.sheet"), null));
                if (done.saysTheOutlookFileIsForAdministrators()) {
                    lines.add(Views.label(text(context, "done.first.sheet.outlook"), "hint"));
                }
            }
        }
        // The page opens on its first offer, not on Finish: Enter there would close the app before the user saw it.
        lines.stream().filter(Button.class::isInstance).findFirst().ifPresent(Views::initialFocus);
        VBox box = new VBox(8);
        box.setId("firstOffer");
        box.getChildren().addAll(lines);
        return box;
    }

    /** One format's save button: asks where, then writes the file off the UI thread. */
    private static Button saveButton(ExportViewModel vm, PageContext context, ExportFormat format) {
        // A plain description on the button; the file's format and name are in its tooltip and the dialog.
        Button save = new Button(text(context, "export.save." + format.id()));
        save.setTooltip(new Tooltip(context.words(format.label())));
        save.setId("save-" + format.id());
        save.setOnAction(e -> {
            File file = chooser(vm, context, format, save.getText()).showSaveDialog(context.shell().window());
            if (file != null) {
                vm.save(format, file.toPath(), context.locale());
                keepFocusAfterWriting(save, vm);
            }
        });
        return save;
    }

    private static Button printButton(ExportViewModel vm, PageContext context) {
        Button print = new Button(text(context, "export.print"));
        print.setId("print-sheet");
        print.setOnAction(e -> {
            vm.openSheetForPrinting(context.locale(), file -> context.shell().showDocument(file.toUri().toString()));
            keepFocusAfterWriting(print, vm);
        });
        return print;
    }

    /**
     * The buttons wait while a file is written, which moves the focus away; when the writing ends, the focus goes
     * back to the button that was pressed, so the user stays where they were and reads the outcome from there.
     */
    private static void keepFocusAfterWriting(Button pressed, ExportViewModel vm) {
        if (!vm.busyProperty().get()) {
            pressed.requestFocus();
            return;
        }
        vm.busyProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean busy) {
                if (!busy) {
                    vm.busyProperty().removeListener(this);
                    pressed.requestFocus();
                }
            }
        });
    }

    /**
     * Page 7's box beside the guide for iPhone/iPad and Mac users: the .mobileconfig save alone, as the way to set
     * the account without typing (the guides' own notes say what it does and does not set).
     */
    static void installProfileOnly(VBox box, ExportViewModel vm, PageContext context) {
        if (!vm.available()) {
            Views.show(box, false);
            return;
        }
        box.getStyleClass().add("setting-card");
        Label heading = Views.label(text(context, "settings.profile.title"), "question");
        Label intro = Views.label(text(context, "settings.profile.intro"), null);
        Button save = saveButton(vm, context, ExportFormat.MOBILECONFIG);
        save.disableProperty().bind(vm.busyProperty());
        Label result = Views.label("", "hint");
        Views.words(result, context, vm.outcomeProperty());
        HBox working = Views.working(context, "export.working");
        Views.showWhen(working, vm.busyProperty());
        box.getChildren().addAll(heading, intro, save, Views.label(text(context, "export.noPassword"), "hint"),
                working, result);
    }

    private static FileChooser chooser(ExportViewModel vm, PageContext context, ExportFormat format, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title.replace("_", "")); // the button's own words: the dialog does what the button said
        chooser.setInitialDirectory(ExportViewModel.startFolder(Path.of(System.getProperty("user.home"))).toFile());
        chooser.setInitialFileName(vm.proposedFileName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(context.words(format.label()),
                "*." + format.extension()));
        return chooser;
    }

    private static String text(PageContext context, String key, Object... args) {
        return UiText.get(context.locale(), key, args);
    }
}
