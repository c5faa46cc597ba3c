package io.github.ocnmailsetup.ui.page;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The addresses set up on this computer, the most recent first: an address joins once its set-up reached the
 * settings page or passed a test, never merely because it was typed. Only addresses: never a password.
 */
public final class SetUpAddresses {

    private final ObservableList<String> addresses = FXCollections.observableArrayList();
    private final ObservableList<String> readOnly = FXCollections.unmodifiableObservableList(addresses);

    /** The list as the home screen shows it. */
    public ObservableList<String> list() {
        return readOnly;
    }

    /** An address whose set-up got far enough: to the top of the list, once. */
    public void remember(String address) {
        addresses.remove(address);
        addresses.add(0, address);
    }

    /** The user corrected an address on the home screen: the corrected one takes its place. */
    public void replace(String old, String corrected) {
        int at = addresses.indexOf(old);
        if (at < 0) {
            remember(corrected);
            return;
        }
        addresses.set(at, corrected);
        for (int i = addresses.size() - 1; i >= 0; i--) {
            if (i != at && addresses.get(i).equals(corrected)) {
                addresses.remove(i);
            }
        }
    }

    /** Replaces the whole list (the answers remembered from an earlier run). */
    public void setAll(List<String> remembered) {
        addresses.setAll(remembered.stream().distinct().toList());
    }
}
