package cn.kaichuang.provisioning;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand that works on the platform database: checks its arguments, starts the core,
 * runs, and turns every failure into one line on stderr and an exit status (1 failure, 2 usage
 * error), so that operators never see a stack trace for a failure they can act on.
 */
abstract class ProvisioningCommand implements Callable<Integer> {

    /** What a command does once its arguments are known to be good and the core runs. */
    @FunctionalInterface
    interface Action {
        int run(CoreContext core, PrintWriter out, PrintWriter err);
    }

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    /** The top command, or the group (audit, keys) this command belongs to. */
    @ParentCommand
    CliEnvironment cli;

    @Spec
    CommandSpec spec;

    /** Checks the arguments without connecting anywhere. @throws UsageError if one is wrong */
    abstract Action prepare();

    /** Spring properties this command adds to the core's, from the CLI's environment; none by default. */
    Map<String, Object> coreProperties(Map<String, String> environment) {
        return Map.of();
    }

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Action action = prepare();
            CoreSettings settings = connection.resolve(cli.environment());
            Map<String, Object> extra = coreProperties(cli.environment());
            try (CoreContext core = CoreContext.start(settings, extra)) {
                return action.run(core, out, err);
            }
        } catch (UsageError e) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            err.println(Failures.describe(e));
            return ExitCode.SOFTWARE;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
