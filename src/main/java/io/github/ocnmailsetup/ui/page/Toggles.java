package io.github.ocnmailsetup.ui.page;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/** Keeps a group of radio buttons and a ViewModel's choice in step, both ways. */
final class Toggles {

    private Toggles() {
    }

    /**
     * Binds the group to the property; the returned listener must be kept by the view (the model holds it weakly).
     */
    static <T> ChangeListener<T> bind(ToggleGroup group, ObjectProperty<T> choice, Map<Toggle, T> values) {
        values.forEach((toggle, value) -> toggle.setSelected(value.equals(choice.get())));
        group.selectedToggleProperty().addListener((o, a, selected) -> {
            if (selected != null) {
                choice.set(values.get(selected));
            }
        });
        ChangeListener<T> fromModel = (o, a, value) -> {
            if (value == null) {
                group.selectToggle(null); // an answer the model cleared because it no longer applies
            }
            values.forEach((toggle, v) -> {
                if (v.equals(value)) {
                    toggle.setSelected(true);
                }
            });
        };
        choice.addListener(new WeakChangeListener<>(fromModel));
        return fromModel;
    }
}
