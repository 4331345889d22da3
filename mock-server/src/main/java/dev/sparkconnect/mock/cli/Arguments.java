package dev.sparkconnect.mock.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one command ({@code --name value} pairs, some repeatable) and its positional
 * arguments. An option the command does not know is an error that lists the ones it does.
 */
final class Arguments {

  private final Map<String, List<String>> options = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  static Arguments parse(String command, List<String> args, Set<String> known) {
    return parse(command, args, known, Set.of());
  }

  /** As {@link #parse(String, List, Set)}, where the options in {@code flags} take no value. */
  static Arguments parse(String command, List<String> args, Set<String> known, Set<String> flags) {
    Arguments parsed = new Arguments();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (!known.contains(name) && !flags.contains(name)) {
          throw new UsageException("'" + command + "' has no option --" + name + "; its options are "
              + String.join(", ", java.util.stream.Stream.concat(known.stream(), flags.stream())
                  .map(option -> "--" + option).sorted().toList()));
        }
        if (flags.contains(name)) {
          if (value != null) {
            throw new UsageException("--" + name + " takes no value");
          }
          value = "true";
        } else if (value == null) {
          if (i + 1 >= args.size()) {
            throw new UsageException("--" + name + " needs a value");
          }
          value = args.get(++i);
        }
        parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        parsed.positional.add(arg);
      }
    }
    return parsed;
  }

  String get(String name, String fallback) {
    List<String> values = options.get(name);
    return values == null ? fallback : values.get(values.size() - 1);
  }

  String required(String name) {
    String value = get(name, null);
    if (value == null) {
      throw new UsageException("--" + name + " is required");
    }
    return value;
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }

  List<String> all(String name) {
    return options.getOrDefault(name, List.of());
  }

  int port(String name, int fallback) {
    String value = get(name, null);
    if (value == null) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a port number from 0 to 65535, not '" + value + "'");
    }
  }

  List<String> positional() {
    return positional;
  }

  /** A command line that cannot run; the message says what to change. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
