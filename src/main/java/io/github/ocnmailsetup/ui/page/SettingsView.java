package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.ClientGuide;
import io.github.ocnmailsetup.domain.NoticeItem;
import io.github.ocnmailsetup.domain.NoticeRemark;
import io.github.ocnmailsetup.ui.UiText;
import java.util.Locale;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Page 7's controller: the before → after table of the notice's 「2)暗号化に関する設定」, values in monospaced
 * fields with a copy button each, and the notice's marks; under each row where the box is in the chosen mail
 * software and its label there, then that software's numbered steps ({@link GuideSection}). Thunderbird users get
 * "apply these settings for me" and iPhone/iPad and Mac users the .mobileconfig save beside the guide.
 */
public final class SettingsView {

    private final PageContext context;
    private final SettingsViewModel vm;
    private final ThunderbirdViewModel thunderbird;
    private final ExportViewModel export;
    @FXML private TextField oldServer;
    @FXML private Label oldServerLabel;
    @FXML private VBox table;
    @FXML private Label legend;
    @FXML private Label scope;
    @FXML private Label guideIntro;
    @FXML private VBox thunderbirdBox;
    @FXML private VBox appleProfileBox;
    @FXML private VBox guideBox;

    public SettingsView(SettingsViewModel vm, ThunderbirdViewModel thunderbird, ExportViewModel export,
            PageContext context) {
        this.context = context;
        this.vm = vm;
        this.thunderbird = thunderbird;
        this.export = export;
    }

    @FXML
    private void initialize() {
        oldServerLabel.setLabelFor(oldServer);
        oldServerLabel.setText(HostNames.keptWhole(oldServerLabel.getText()));
        oldServer.textProperty().bindBidirectional(vm.oldServerProperty());
        oldServer.textProperty().addListener((o, a, b) -> fillTable());
        scope.setText(context.words(vm.encryptionScope()));
        legend.setText(java.util.Arrays.stream(NoticeRemark.values()).map(this::legendLine)
                .collect(java.util.stream.Collectors.joining("\n")));
        Optional<ClientGuide> guide = vm.guide(context.locale());
        // "Names as this software shows them" only where a source confirmed at least one label.
        Views.show(guideIntro, guide.filter(g -> java.util.Arrays.stream(NoticeItem.values())
                .anyMatch(item -> vm.ownLabel(g, item))).isPresent());
        guide.ifPresent(g -> guideIntro.setText(text("settings.guide.intro", g.name(), g.versions())));
        fillTable();
        guide.ifPresentOrElse(g -> GuideSection.fillSteps(guideBox, g, vm, context), () -> Views.show(guideBox, false));
        ThunderbirdSection.install(thunderbirdBox, thunderbird, context);
        if (vm.offersAppleProfile()) {
            ExportSection.installProfileOnly(appleProfileBox, export, context);
        } else {
            Views.show(appleProfileBox, false);
        }
    }

    private void fillTable() {
        table.getChildren().clear();
        Optional<ClientGuide> guide = vm.guide(context.locale());
        for (SettingRow row : vm.rows()) {
            table.getChildren().add(rowBox(row, guide));
        }
    }

    /**
     * One setting: its name and the notice's mark, the box in the chosen software, then now → new, the new value
     * ready to copy, and that software's contrary default for the box.
     */
    private VBox rowBox(SettingRow row, Optional<ClientGuide> guide) {
        String name = context.words(row.label());
        java.util.OptionalInt typeFirst = row.item() == NoticeItem.PASSWORD ? vm.typeOnlyFirst()
                : java.util.OptionalInt.empty();
        String markName = typeFirst.isPresent() ? "must_change" : row.mark().name().toLowerCase(Locale.ROOT);
        Label mark = Views.label(typeFirst.isPresent()
                ? text("settings.mark.password.LONGER", typeFirst.getAsInt()) : text("settings.mark." + row.mark().name()),
                "mark-" + markName);
        mark.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox title = new HBox(8, Views.label(name, "setting-name"), gap, mark);
        title.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, title);
        guide.ifPresent(g -> box.getChildren().addAll(GuideSection.rowLines(g, row.item(), vm, context)));
        if (row.copyValue().isPresent()) {
            box.getChildren().add(values(row, name));
        } else {
            // Nothing to copy: what the software has now (never for the password), then the whole instruction.
            row.before().ifPresent(now -> box.getChildren().add(
                    Views.label(HostNames.keptWhole(text("settings.now", context.words(now))), "mono-muted")));
            Label after = Views.label(HostNames.keptWhole(context.words(row.after())), "setting-value");
            after.setMinHeight(Region.USE_PREF_SIZE);
            // No value to copy, so no control: the instruction itself is the Tab stop (the password's "type the
            // first 8 characters" above all), read with the setting's name and mark.
            Views.readable(after).setAccessibleText(text("settings.instruction.accessible", name, mark.getText(),
                    after.getText()));
            box.getChildren().add(after);
        }
        guide.ifPresent(g -> box.getChildren().addAll(GuideSection.rowWarnings(g, row.item(), context)));
        box.getStyleClass().addAll("setting-row", "mark-row-" + row.mark().name().toLowerCase(Locale.ROOT));
        return box;
    }

    private FlowPane values(SettingRow row, String name) {
        FlowPane values = new FlowPane(8, 6);
        values.setPrefWrapLength(240);
        values.setAlignment(Pos.CENTER_LEFT);
        row.before().ifPresent(now -> values.getChildren().add(
                Views.label(HostNames.keptWhole(text("settings.now", context.words(now))), "mono-muted")));
        values.getChildren().add(Views.label(text("settings.arrow"), "hint"));
        String after = context.words(row.after());
        TextField value = new TextField(after);
        value.setEditable(false);
        value.getStyleClass().add("mono");
        // Room for every character and the field's caret: at exactly the text's width the last one touches the border.
        value.setPrefColumnCount(Math.max(4, after.length() + 2));
        value.setAccessibleText(text("settings.value.accessible", name, after));
        Button copy = new Button(text("settings.copy"));
        copy.setAccessibleText(text("settings.copy.accessible", name, after));
        String toCopy = row.copyValue().get();
        copy.setOnAction(e -> {
            context.shell().copy(toCopy);
            Views.confirmCopied(copy, context.locale());
        });
        copy.setMinWidth(Region.USE_PREF_SIZE);
        // The value and its Copy button stay on one line: the button never wraps away from its value.
        HBox valueAndCopy = new HBox(6, value, copy);
        valueAndCopy.setAlignment(Pos.CENTER_LEFT);
        value.setMinWidth(0);
        values.getChildren().add(valueAndCopy);
        return values;
    }

    /** One line of the legend: the page's mark and the notice's own words for it. */
    private String legendLine(NoticeRemark mark) {
        String words = context.words(mark.words());
        return switch (mark) {
            case MUST_CHANGE -> text("settings.legend.MUST_CHANGE", words);
            case CHANGE_IF_NOT_SET -> text("settings.legend.CHANGE_IF_NOT_SET", words);
            case NO_CHANGE_IF_WORKING -> text("settings.legend.NO_CHANGE_IF_WORKING", words);
        };
    }

    private String text(String key, Object... args) {
        return UiText.get(context.locale(), key, args);
    }
}
