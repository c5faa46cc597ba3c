package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.ClientGuidance;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.RetentionChoice;
import io.github.ocnmailsetup.domain.RetentionGuidance;
import io.github.ocnmailsetup.domain.RetentionSetting;
import io.github.ocnmailsetup.ui.UiText;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * Page 5's controller: wiring only. The two settings are shown in the chosen software's exact words; Windows Mail
 * shows how to tell it from the Windows 10/11 「メール」 app.
 */
public final class ClientView {

    private final PageContext context;
    private final ClientViewModel vm;
    private final Object[] keep = new Object[2];
    @FXML private ToggleGroup clientGroup;
    @FXML private ToggleGroup retentionGroup;
    @FXML private VBox clients;
    @FXML private VBox retentionBox;
    @FXML private Label suggestion;
    @FXML private RadioButton keepOnServer;
    @FXML private RadioButton download;
    @FXML private RadioButton notSure;
    @FXML private VBox guidanceBox;

    public ClientView(ClientViewModel vm, PageContext context) {
        this.context = context;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Map<Toggle, MailClient> choices = new LinkedHashMap<>();
        for (MailClient client : MailClient.values()) {
            RadioButton button = new RadioButton(RetentionGuidance.forClient(client, context.locale()).clientName());
            button.setToggleGroup(clientGroup);
            button.setWrapText(true);
            button.setId("client-" + client.id());
            clients.getChildren().add(button);
            choices.put(button, client);
            if (client == MailClient.WINDOWS_MAIL) {
                clients.getChildren().add(windowsMailBox());
            }
        }
        keep[0] = Toggles.bind(clientGroup, vm.clientProperty(), choices);
        keep[1] = Toggles.bind(retentionGroup, vm.retentionProperty(),
                Map.of(keepOnServer, RetentionChoice.KEEP_ON_SERVER, download, RetentionChoice.DOWNLOAD_AND_DELETE,
                        notSure, RetentionChoice.NOT_SURE));
        Views.showWhen(retentionBox, vm.clientProperty().isNotNull());
        RetentionChoice suggested = vm.suggestion();
        Views.show(suggestion, suggested != null);
        if (suggested != null) {
            suggestion.setText(UiText.get(context.locale(), suggested == RetentionChoice.KEEP_ON_SERVER
                    ? "client.retention.hintKept" : "client.retention.hintEmpty",
                    vm.messagesOnServerProperty().get()));
        }
        Views.whileShowing(guidanceBox, vm.clientProperty(), this::showGuidance);
        Views.whileShowing(guidanceBox, vm.retentionProperty(), this::showGuidance);
        showGuidance();
        Views.whileShowing(retentionBox, vm.clientProperty(), this::revealRetentionQuestion);
        Views.whileShowing(guidanceBox, vm.retentionProperty(), this::revealGuidance);
        Toggle first = vm.clientProperty().get() == null ? clientGroup.getToggles().get(0)
                : clientGroup.getSelectedToggle();
        Views.initialFocus((RadioButton) first);
    }

    /**
     * Choosing a mail software opens the keep-on-server question (and, for Windows Mail, a note under the choice)
     * below the list: the choice down to the question is scrolled into view, else the question alone.
     */
    private void revealRetentionQuestion() {
        if (clientGroup.getSelectedToggle() instanceof RadioButton chosen) {
            BelowTheFold.reveal(chosen, retentionBox);
        }
    }

    /** The two settings to check open under the question: their start is scrolled into view. */
    private void revealGuidance() {
        if (guidanceBox.getChildren().size() > 1) {
            BelowTheFold.reveal(guidanceBox.getChildren().get(0), guidanceBox.getChildren().get(1));
        }
    }

    private void showGuidance() {
        guidanceBox.getChildren().clear();
        ClientGuidance guidance = vm.guidance(context.locale()).orElse(null);
        if (guidance == null || !RetentionGuidance.applies(vm.retentionProperty().get())) {
            return;
        }
        Label intro = new Label(UiText.get(context.locale(), "client.guidance.intro", guidance.clientName()));
        intro.setWrapText(true);
        intro.getStyleClass().add("question");
        guidanceBox.getChildren().addAll(intro,
                settingBox(guidance.keepOnServer(), "client.guidance.keep", vm.keepSetProperty(), "keepSet"),
                settingBox(guidance.deleteOnServerWithLocalDelete(), "client.guidance.delete", vm.deleteSetProperty(),
                        "deleteSet"),
                cannotFindBox());
        for (String note : guidance.notes()) {
            guidanceBox.getChildren().add(wrapped(UiText.get(context.locale(), "client.guidance.note", note), "hint"));
        }
    }

    /**
     * Under Windows Mail, once chosen: how to tell Vista's Windows Mail from the Windows 10/11 「メール」 app (the
     * guide's notes), and a button that sends users of the newer one to the new Outlook.
     */
    private VBox windowsMailBox() {
        VBox box = new VBox(8);
        box.setId("windows-mail-tell-apart");
        box.getStyleClass().add("setting-card");
        for (String note : vm.windowsMailTellApart(context.locale())) {
            box.getChildren().add(wrapped(note, null));
        }
        Button toNewOutlook = new Button(UiText.get(context.locale(), "client.windowsMail.toNewOutlook",
                vm.newOutlookName(context.locale())));
        toNewOutlook.setId("to-outlook-new");
        toNewOutlook.setWrapText(true);
        toNewOutlook.setOnAction(e -> vm.chooseNewOutlook());
        box.getChildren().add(toNewOutlook);
        Views.showWhen(box, vm.clientProperty().isEqualTo(MailClient.WINDOWS_MAIL));
        return box;
    }

    private VBox settingBox(RetentionSetting setting, String noticeKey, BooleanProperty done, String id) {
        VBox box = new VBox(6);
        box.getStyleClass().add("setting-card");
        box.getChildren().addAll(
                wrapped(UiText.get(context.locale(), noticeKey), "setting-notice"),
                wrapped(UiText.get(context.locale(), "client.guidance.label", setting.label()), "setting-label"),
                wrapped(UiText.get(context.locale(), "client.guidance.place", setting.place()), null),
                wrapped(UiText.get(context.locale(), "client.guidance.action", setting.action()), null));
        setting.contraryDefault().ifPresent(d ->
                box.getChildren().add(wrapped(UiText.get(context.locale(), "client.guidance.default", d), "warning")));
        // The instructions above the tick are Tab stops: the user reads them before ticking 「設定しました」.
        box.getChildren().forEach(line -> Views.readable((Label) line));
        CheckBox check = new CheckBox(UiText.get(context.locale(), "client.guidance.done"));
        check.setAccessibleText(UiText.get(context.locale(), "client.guidance.done.accessible", setting.label()));
        check.setId(id);
        check.selectedProperty().bindBidirectional(done);
        box.getChildren().add(check);
        return box;
    }

    /** A true way on for a user who cannot find the two settings: they are told to find them before the switch. */
    private VBox cannotFindBox() {
        CheckBox check = new CheckBox(UiText.get(context.locale(), "client.guidance.cannotFind"));
        check.setWrapText(true);
        check.setId("cannotFind");
        check.selectedProperty().bindBidirectional(vm.cannotFindProperty());
        Label then = wrapped(UiText.get(context.locale(), "client.guidance.cannotFind.then"), "warning");
        Views.showWhen(then, vm.cannotFindProperty());
        return new VBox(6, check, then);
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(HostNames.keptWhole(text));
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
