package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.ui.flow.Page;
import java.util.ArrayList;
import java.util.List;

/** A navigator that records where a page asked to go, for ViewModel tests without a window. */
final class RecordingNavigator implements Navigator {

    final List<String> moves = new ArrayList<>();

    @Override
    public void back() {
        moves.add("back");
    }

    @Override
    public void goTo(Page target) {
        moves.add("goTo " + target);
    }

    @Override
    public void next() {
        moves.add("next");
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public void startOver() {
        moves.add("startOver");
    }
}
