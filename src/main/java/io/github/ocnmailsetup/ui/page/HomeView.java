package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.ui.UiText;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The returning user's home screen, top to bottom in the order the user works: every address set up on this
 * computer in a field the user can correct (with several, a choice of which one), then the password (asked, never
 * stored), then "Test my connection" and "Set up again" for the chosen address; and "Set up another address".
 */
public final class HomeView {

    private final PageContext context;
    private final HomeViewModel vm;
    private final List<TextField> fields = new ArrayList<>();
    private final ToggleGroup choice = new ToggleGroup();
    private int chosen;
    @FXML private Label intro;
    @FXML private Label addressesLabel;
    @FXML private VBox rows;
    @FXML private Label passwordLabel;
    @FXML private PasswordField password;
    @FXML private Label needsPassword;
    @FXML private Button testButton;
    @FXML private Button setUpAgain;
    @FXML private Label problem;
    @FXML private Button addAddress;

    public HomeView(HomeViewModel vm, PageContext context) {
        this.context = context;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        boolean several = vm.addresses().size() > 1;
        intro.setText(text(several ? "home.intro.several" : "home.intro.one"));
        for (int i = 0; i < vm.addresses().size(); i++) {
            rows.getChildren().add(row(vm.addresses().get(i), i, several));
        }
        if (!several && !fields.isEmpty()) {
            addressesLabel.setLabelFor(fields.get(0));
        }
        addressesLabel.setVisible(!fields.isEmpty());
        addressesLabel.setManaged(!fields.isEmpty());
        passwordLabel.setLabelFor(password);
        // What a test from here will use is what the field shows: after Back, the password typed before (masked).
        vm.password().ifPresent(kept -> password.setText(kept.reveal()));
        password.textProperty().addListener((o, was, typed) -> vm.typePassword(Secret.of(typed)));
        password.setOnAction(e -> testButton.fire()); // Enter in the password tests the chosen address
        testButton.disableProperty().bind(vm.canTest().not());
        testButton.setOnAction(e -> vm.testMyConnection(remembered(), typed()));
        explainWhyTestWaits();
        setUpAgain.setOnAction(e -> vm.setUpAgain(remembered(), typed()));
        choose(0);
        Views.words(problem, context, vm.problemProperty());
        addAddress.setOnAction(e -> vm.addAddress());
        context.demo().ifPresent(demo -> password.setPromptText(
                UiText.get(context.locale(), "home.demoPrompt", demo.password())));
        // With several addresses the user first chooses one; with one, it is chosen and the password comes next.
        Views.initialFocus(several ? (RadioButton) choice.getToggles().get(0) : password);
    }

    /** One address: its field, and with several a choice before it; working in the field chooses it. */
    private HBox row(String remembered, int index, boolean several) {
        String suffix = index == 0 ? "" : "-" + (index + 1);
        TextField address = new TextField(remembered);
        address.setId("address" + suffix);
        address.getStyleClass().add("mono");
        address.setMaxWidth(420);
        address.setAccessibleText(text("home.row.address.accessible"));
        address.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                choose(index);
            }
        });
        // Enter in an address tests it once the password is typed; before that it goes on to the password.
        address.setOnAction(e -> {
            if (testButton.isDisabled()) {
                password.requestFocus();
            } else {
                testButton.fire();
            }
        });
        fields.add(address);
        HBox row = new HBox(8, address);
        HBox.setHgrow(address, Priority.ALWAYS);
        if (several) {
            RadioButton pick = new RadioButton();
            pick.setId("choose" + suffix);
            pick.setToggleGroup(choice);
            pick.setAccessibleText(text("home.row.choose.accessible", remembered));
            pick.setOnAction(e -> choose(index));
            row.getChildren().add(0, pick);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }
        return row;
    }

    private void choose(int index) {
        chosen = index;
        if (index < choice.getToggles().size()) {
            choice.selectToggle(choice.getToggles().get(index));
        }
        testButton.setAccessibleText(text("home.row.test.accessible", remembered()));
        setUpAgain.setAccessibleText(text("home.row.setUpAgain.accessible", remembered()));
    }

    private String remembered() {
        return vm.addresses().isEmpty() ? vm.address() : vm.addresses().get(chosen);
    }

    private String typed() {
        return fields.isEmpty() ? vm.address() : fields.get(chosen).getText();
    }

    private String text(String key, Object... args) {
        return UiText.get(context.locale(), key, args);
    }

    /**
     * While no password is typed, "Test my connection" cannot be pressed: a line under it says why, and the
     * button's accessible help says the same (screen readers reach a disabled button without Tab).
     */
    private void explainWhyTestWaits() {
        String why = needsPassword.getText();
        Views.showWhen(needsPassword, vm.canTest().not());
        String pressIt = UiText.get(context.locale(), "shell.help.button");
        Runnable help = () -> testButton.setAccessibleHelp(vm.canTest().get() ? pressIt : why);
        help.run();
        Views.whileShowing(testButton, vm.canTest(), help);
    }
}
