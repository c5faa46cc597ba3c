package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.NoticeItem;
import io.github.ocnmailsetup.ui.UiText;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Page 7's controller: the before → after table of the notice's 「2)暗号化に関する設定」, values in monospaced
 * fields with a copy button each, and the notice's marks.
 */
public final class SettingsView {

    private final PageContext context;
    private final SettingsViewModel vm;
    private final ThunderbirdViewModel thunderbird;
    @FXML private TextField oldServer;
    @FXML private VBox table;
    @FXML private Label scope;
    @FXML private VBox thunderbirdBox;

    public SettingsView(SettingsViewModel vm, ThunderbirdViewModel thunderbird, PageContext context) {
        this.context = context;
        this.vm = vm;
        this.thunderbird = thunderbird;
    }

    @FXML private Label oldServerLabel;
    @FXML
    private void initialize() {
        oldServerLabel.setLabelFor(oldServer);
        oldServer.textProperty().bindBidirectional(vm.oldServerProperty());
        oldServer.textProperty().addListener((o, a, b) -> fillTable());
        scope.setText(context.words(vm.encryptionScope()));
        fillTable();
        ThunderbirdSection.install(thunderbirdBox, thunderbird, context);
    }

    private void fillTable() {
        table.getChildren().clear();
        for (SettingRow row : vm.rows()) {
            table.getChildren().add(rowBox(row));
        }
    }

    /** One setting: its name and the notice's mark, then now → new, the new value ready to copy. */
    private VBox rowBox(SettingRow row) {
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
        FlowPane values = new FlowPane(8, 6);
        values.setPrefWrapLength(240);
        values.setAlignment(Pos.CENTER_LEFT);
        values.getChildren().addAll(Views.label(text("settings.now", context.words(row.before())), "mono-muted"),
                Views.label(text("settings.arrow"), "hint"));
        String after = context.words(row.after());
        if (row.copyValue().isPresent()) {
            TextField value = new TextField(after);
            value.setEditable(false);
            value.getStyleClass().add("mono");
            value.setPrefColumnCount(Math.max(4, after.length()));
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
        }
        VBox box = new VBox(4, title, values);
        if (row.copyValue().isEmpty()) {
            box.getChildren().add(Views.label(after, "setting-value"));
        }
        box.getStyleClass().addAll("setting-row", "mark-row-" + row.mark().name().toLowerCase(Locale.ROOT));
        return box;
    }

    private String text(String key, Object... args) {
        return UiText.get(context.locale(), key, args);
    }

}
