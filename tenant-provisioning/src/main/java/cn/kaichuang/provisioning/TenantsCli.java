package cn.kaichuang.provisioning;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;

/** The {@code kaichuang-tenants} command; its subcommands do the work. */
@Command(name = "kaichuang-tenants", mixinStandardHelpOptions = true, versionProvider = TenantsCli.Version.class,
        description = "Creates, lists, migrates, suspends, resumes and drops training institutions (tenants)"
                + " of the Kaichuang platform; verifies audit chains and rotates encryption keys.",
        subcommands = {CreateCommand.class, ListCommand.class, MigrateCommand.class, SuspendCommand.class,
                ResumeCommand.class, DropCommand.class, ExportCommand.class, ImportCommand.class,
                AuditCommand.class, KeysCommand.class,
                HelpCommand.class},
        footer = {"", "Connection options go after the subcommand; see 'kaichuang-tenants help <command>'.",
                "Exit status: 0 success, 1 failure, 2 usage error."})
public final class TenantsCli implements CliEnvironment {

    private final Map<String, String> environment;

    public TenantsCli() {
        this(System.getenv());
    }

    /** With an environment of the caller's choosing instead of the process's, for tests. */
    TenantsCli(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new TenantsCli());
        // Institution names are Chinese and JSON is UTF-8, whatever locale a server was left with.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }

    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = TenantsCli.class.getPackage().getImplementationVersion();
            return new String[] {"kaichuang-tenants " + (version == null ? "(development build)" : version)};
        }
    }
}
