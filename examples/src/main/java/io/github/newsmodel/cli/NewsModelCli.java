package io.github.newsmodel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsmodel.jar} command line: {@code extract} (the JSON Lines contract),
 * {@code demo} (a readable tour of a folder of articles), {@code report} (an HTML page showing
 * every extracted value in its article) and {@code dossier} (people and meetings merged across
 * articles, with their conflicts).
 */
@Command(
    name = "newsmodel",
    mixinStandardHelpOptions = true,
    versionProvider = NewsModelCli.Version.class,
    description = "Turns news articles into typed facts with provenance.",
    subcommands = {ExtractCommand.class, DemoCommand.class, ReportCommand.class, DossierCommand.class,
        CommandLine.HelpCommand.class})
public final class NewsModelCli implements Runnable {

  /**
   * Runs the command line and exits with its status: 0 success, 1 when an input failed, 2 for bad
   * usage.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new NewsModelCli(true)).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  /** Whether the command line owns the process, so that it may set process-wide choices such as {@link JitMode}. */
  private final boolean ownsProcess;

  /** A command line embedded in another program or a test: it leaves the JVM's settings alone. */
  public NewsModelCli() {
    this(false);
  }

  private NewsModelCli(boolean ownsProcess) {
    this.ownsProcess = ownsProcess;
  }

  /**
   * Tells whether the command line owns the process ({@link #main}) rather than being embedded.
   *
   * @return true when started by {@link #main}
   */
  boolean ownsProcess() {
    return ownsProcess;
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @return the exit status
   */
  public static int run(String... args) {
    return new CommandLine(new NewsModelCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  /** Reports the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = NewsModelCli.class.getPackage().getImplementationVersion();
      return new String[] {"newsmodel " + (version == null ? "(development build)" : version)};
    }
  }
}
