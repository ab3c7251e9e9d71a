package io.github.zhibo.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Usage-error messages that never echo an argument's value: a stray or mistyped argument may be an identity
 * number, and picocli's own messages quote it. They name the command and the option or parameter instead.
 */
final class UsageErrors {
  private UsageErrors() {}

  static String describe(CommandLine.ParameterException e) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^zhibo ?", "");
    String help = " (see '" + (command.isEmpty() ? "" : command + " ") + "--help')";
    String prefix = command.isEmpty() ? "" : command + ": ";
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      boolean option = u.getUnmatched().stream().anyMatch(a -> a.startsWith("-"));
      return prefix + u.getUnmatched().size() + (option ? " unknown option(s)" : " unexpected argument(s)") + help;
    }
    if (e instanceof CommandLine.MissingParameterException m) {
      return prefix + "missing " + String.join(", ", m.getMissing().stream().map(UsageErrors::name).toList()) + help;
    }
    if (e instanceof CommandLine.OverwrittenOptionException) {
      return prefix + "an option was given twice" + help;
    }
    ArgSpec spec = e.getArgSpec();
    if (spec != null) return prefix + "invalid value for " + name(spec) + help;
    return prefix + "bad usage" + help;
  }

  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec o) return o.longestName();
    if (spec instanceof PositionalParamSpec p) return p.paramLabel();
    return "an argument";
  }
}
