package io.github.ocnmailsetup.cli;

import io.github.ocnmailsetup.clients.AccountPlan;
import io.github.ocnmailsetup.clients.ApplyResult;
import io.github.ocnmailsetup.clients.ClientText;
import io.github.ocnmailsetup.clients.PlanResult;
import io.github.ocnmailsetup.clients.ProcessChecker;
import io.github.ocnmailsetup.clients.SettingChange;
import io.github.ocnmailsetup.clients.ThunderbirdEnvironment;
import io.github.ocnmailsetup.clients.ThunderbirdPlan;
import io.github.ocnmailsetup.clients.ThunderbirdProfile;
import io.github.ocnmailsetup.clients.ThunderbirdSetup;
import io.github.ocnmailsetup.clients.UndoResult;
import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.probe.ServerText;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code thunderbird} command (the command-line contract in docs/architecture.md): prints the plan for the OCN
 * account of a Thunderbird profile, applies it with {@code --apply}, or takes it back with {@code --undo}. Exit 0 done
 * or plan printed, 1 nothing found, Thunderbird running, nothing to undo, changed since the apply or a failed write, 2
 * bad input.
 */
final class ThunderbirdCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("thunderbird", "tb.description", List.of(
            CommandOption.required("--email", "ADDR", "tb.option.email"),
            CommandOption.value("--profile", "DIR", "tb.option.profile"),
            CommandOption.flag("--apply", "tb.option.apply"),
            CommandOption.flag("--undo", "tb.option.undo"),
            CommandOption.flag("--force", "tb.option.force"),
            CommandOption.value("--lang", "ja|en", "tb.option.lang")));

    /** Moves the home folder Thunderbird profiles are looked for in (support and tests). */
    static final String HOME_PROPERTY = "ocnsetup.thunderbird.home";

    private final Cli.CliContext context;

    public ThunderbirdCommand(Cli.CliContext context) {
        this.context = context;
    }

    @Override
    public int run(Arguments arguments) {
        String email = arguments.value("--email", "");
        Path profile = arguments.path("--profile");
        boolean apply = arguments.has("--apply");
        boolean undo = arguments.has("--undo");
        boolean force = arguments.has("--force");
        OcnAddress address = OcnAddress.parse(email);
        if (apply && undo) {
            context.err().println(context.text("tb.applyAndUndo"));
            return Cli.USAGE;
        }
        ThunderbirdSetup setup = setup();
        List<ThunderbirdProfile> profiles = profile != null ? List.of(setup.profileAt(profile)) : setup.findProfiles();
        if (profiles.isEmpty()) {
            context.err().println(context.text("tb.noProfile"));
            return Cli.PROBLEM;
        }
        return undo ? undo(setup, profiles, force) : planOrApply(setup, profiles, address, apply);
    }

    private static ThunderbirdSetup setup() {
        String home = System.getProperty(HOME_PROPERTY);
        ThunderbirdEnvironment system = ThunderbirdEnvironment.system();
        ThunderbirdEnvironment environment = home == null || home.isBlank() ? system
                : new ThunderbirdEnvironment(Path.of(home), java.util.Map.of(), system.os());
        return new ThunderbirdSetup(environment, OcnSettings.bundled(), ProcessChecker.system(), Clock.systemUTC());
    }

    private int planOrApply(ThunderbirdSetup setup, List<ThunderbirdProfile> profiles, OcnAddress address,
            boolean apply) {
        List<ThunderbirdPlan> plans = new ArrayList<>();
        boolean unreadable = false;
        for (ThunderbirdProfile candidate : profiles) {
            unreadable |= collectPlan(setup.plan(candidate, address), plans);
        }
        if (plans.isEmpty() && unreadable) {
            return Cli.PROBLEM;
        }
        if (plans.isEmpty()) {
            context.err().println(context.text("tb.noAccount", address.value(), profiles.size()));
            return Cli.PROBLEM;
        }
        plans.forEach(plan -> printPlan(setup, plan, address));
        if (!apply) {
            if (plans.stream().anyMatch(p -> !p.isAlreadyDone())) {
                context.out().println(context.text("tb.planOnly"));
            }
            return Cli.OK;
        }
        if (plans.size() > 1) {
            context.err().println(context.text("tb.severalProfiles"));
            return Cli.USAGE;
        }
        return applyPlan(setup, plans.get(0));
    }

    /** Adds a profile's plan to {@code plans}; says why a profile cannot be read and returns true then. */
    private boolean collectPlan(PlanResult result, List<ThunderbirdPlan> plans) {
        return result.match(new PlanResult.Cases<Boolean>() {
            @Override
            public Boolean planned(PlanResult.Planned planned) {
                plans.add(planned.plan());
                return false;
            }

            @Override
            public Boolean noAccount(PlanResult.NoAccount noAccount) {
                return false; // said once for all profiles by the caller
            }

            @Override
            public Boolean unreadable(PlanResult.Unreadable cannotRead) {
                context.err().println(cannotRead.reason().in(context.locale()));
                return true;
            }
        });
    }

    private void printPlan(ThunderbirdSetup setup, ThunderbirdPlan plan, OcnAddress address) {
        Locale locale = context.locale();
        String version = plan.version().version() == null ? context.text("tb.versionUnknown")
                : plan.version().version();
        // Names and values come from the profile's files, which anyone can edit: shown as text, never as terminal
        // control (an escape in an account name or a folder reference must not clear the screen or fake a line).
        context.out().println(ServerText.visible(context.text("tb.profile", plan.profile().folder(), version)));
        for (AccountPlan account : plan.accounts()) {
            context.out().println(ServerText.visible(context.text("tb.account", account.accountName(),
                    context.text(account.keepsMailOnServer() ? "tb.keeps" : "tb.doesNotKeep"))));
            for (SettingChange change : account.changes()) {
                context.out().println(ServerText.visible(context.text("tb.change", change.label(locale),
                        change.beforeText(locale), change.afterText(locale), change.where())));
            }
        }
        plan.blockers().forEach(blocker -> context.out().println(blocker.in(locale)));
        if (plan.isAlreadyDone()) {
            context.out().println(context.text("tb.alreadyDone", address.value()));
        } else if (setup.isInUse(plan.profile())) {
            context.out().println(context.text("tb.runningNow"));
        }
    }

    private int applyPlan(ThunderbirdSetup setup, ThunderbirdPlan plan) {
        if (!plan.blockers().isEmpty() && !plan.isAlreadyDone()) {
            return problem("tb.blocked");
        }
        return setup.apply(plan).match(new ApplyResult.Cases<>() {
            @Override
            public Integer applied(ApplyResult.Applied applied) {
                context.out().println(context.text("tb.applied", applied.files().size()));
                applied.backups().forEach(b -> context.out().println(context.text("tb.backup", b)));
                context.out().println(ThunderbirdSetup.passwordAdvice().in(context.locale()));
                context.out().println(ThunderbirdSetup.redownloadAdvice().in(context.locale()));
                context.out().println(context.text("tb.undoHint"));
                return Cli.OK;
            }

            @Override
            public Integer nothingToChange() {
                context.out().println(context.text("tb.nothingToChange"));
                return Cli.OK;
            }

            @Override
            public Integer thunderbirdRunning() {
                return problem("tb.running");
            }

            @Override
            public Integer changedSincePlan(ApplyResult.ChangedSincePlan changed) {
                return problem("tb.changedSincePlan");
            }

            @Override
            public Integer failed(ApplyResult.Failed failed) {
                context.err().println(failed.reason().in(context.locale()));
                return Cli.PROBLEM;
            }
        });
    }

    private int undo(ThunderbirdSetup setup, List<ThunderbirdProfile> profiles, boolean force) {
        List<ThunderbirdProfile> undoable = profiles.stream().filter(setup::canUndo).toList();
        if (undoable.isEmpty()) {
            return problem("tb.nothingToUndo");
        }
        if (undoable.size() > 1) {
            context.err().println(context.text("tb.severalProfiles"));
            return Cli.USAGE;
        }
        return setup.undo(undoable.get(0), force).match(new UndoResult.Cases<>() {
            @Override
            public Integer restored(UndoResult.Restored restored) {
                restored.files().forEach(f -> context.out().println(context.text("tb.restored", f)));
                if (restored.files().isEmpty()) {
                    context.out().println(context.text("tb.restoredAlready"));
                }
                return Cli.OK;
            }

            @Override
            public Integer nothingToUndo() {
                return problem("tb.nothingToUndo");
            }

            @Override
            public Integer changedSinceApply(UndoResult.ChangedSinceApply changed) {
                changed.changes().forEach(ThunderbirdCommand.this::printChanged);
                return problem("tb.forceHint");
            }

            @Override
            public Integer thunderbirdRunning() {
                return problem("tb.running");
            }

            @Override
            public Integer failed(UndoResult.Failed failed) {
                context.err().println(failed.reason().in(context.locale()));
                return Cli.PROBLEM;
            }
        });
    }

    private void printChanged(UndoResult.ChangedSetting change) {
        if (change.applied() == null && change.now() == null) {
            context.err().println(context.text("tb.changedSinceApply", change.where()));
            return;
        }
        String notSet = ClientText.of("value.notSet").in(context.locale());
        context.err().println(context.text("tb.changedSetting", change.where(),
                change.applied() == null ? notSet : change.applied(), change.now() == null ? notSet : change.now()));
    }

    private int problem(String key) {
        context.err().println(context.text(key));
        return Cli.PROBLEM;
    }
}
