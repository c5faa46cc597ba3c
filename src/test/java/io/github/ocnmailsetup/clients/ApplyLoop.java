package io.github.ocnmailsetup.clients;

import java.nio.file.Path;

/**
 * Run as a separate process by {@link ApplyKillTest}: applies the plan to the profile named in its argument and
 * undoes it, again and again, until it is killed. Prints "ready" once the first round is done (the JVM is warm).
 */
public final class ApplyLoop {

    private ApplyLoop() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        ThunderbirdSetup setup = TestProfiles.setup(folder.resolveSibling("home"));
        ThunderbirdProfile profile = new ThunderbirdProfile("p", folder, false);
        for (int round = 0; ; round++) {
            ApplyResult applied = setup.apply(TestProfiles.plan(setup, profile));
            UndoResult undone = setup.undo(profile, false);
            if (!(applied instanceof ApplyResult.Applied) || !(undone instanceof UndoResult.Restored)) {
                System.out.println("unexpected " + applied + " " + undone);
                System.out.flush();
                System.exit(3);
            }
            if (round == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
