package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.ui.UiText;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Page 7's controller: the before → after table of the notice's 「2)暗号化に関する設定」, values in monospaced
 * fields with a copy button each, and the notice's marks.
 */
public final class SettingsView {

    private final PageContext context;
    private final SettingsViewModel vm;
    @FXML private TextField oldServer;
    @FXML private GridPane table;
    @FXML private Label scope;
    @FXML private VBox thunderbirdBox;

    public SettingsView(PageContext context) {
        this.context = context;
        this.vm = context.model().settings();
    }

    @FXML private Label oldServerLabel;
    @FXML
    private void initialize() {
        oldServerLabel.setLabelFor(oldServer);
        oldServer.textProperty().bindBidirectional(vm.oldServerProperty());
        oldServer.textProperty().addListener((o, a, b) -> fillTable());
        scope.setText(context.words(vm.encryptionScope()));
        fillTable();
        ThunderbirdSection.install(thunderbirdBox, context);
    }

    private void fillTable() {
        table.getChildren().clear();
        String[] headers = {"settings.col.setting", "settings.col.before", "settings.col.after", "settings.col.mark"};
        for (int c = 0; c < headers.length; c++) {
            Label header = label(text(headers[c]), "table-header");
            table.add(header, c == 3 ? 4 : c, 0);
        }
        List<SettingRow> rows = vm.rows();
        for (int r = 0; r < rows.size(); r++) {
            SettingRow row = rows.get(r);
            int line = r + 1;
            table.add(label(context.words(row.label()), "setting-name"), 0, line);
            table.add(label(context.words(row.before()), "mono-muted"), 1, line);
            String after = context.words(row.after());
            if (row.copyValue().isPresent()) {
                TextField value = new TextField(after);
                value.setEditable(false);
                value.getStyleClass().add("mono");
                value.setPrefColumnCount(Math.max(6, after.length() + 1));
                value.setAccessibleText(text("settings.value.accessible", context.words(row.label()), after));
                table.add(value, 2, line);
                Button copy = new Button(text("settings.copy"));
                copy.setAccessibleText(text("settings.copy.accessible", context.words(row.label()), after));
                String toCopy = row.copyValue().get();
                copy.setOnAction(e -> context.shell().copy(toCopy));
                table.add(copy, 3, line);
            } else {
                table.add(label(after, null), 2, line);
            }
            table.add(label(text("settings.mark." + row.mark().name()), "mark-" + row.mark().name().toLowerCase(
                    java.util.Locale.ROOT)), 4, line);
        }
    }

    private String text(String key, Object... args) {
        return UiText.get(context.locale(), key, args);
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
