package dev.sparkconnect.junit;

import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What RECORD keeps of a server other than a matrix's reference: only its answers that differ from
 * the reference's (or that the reference was never asked), in its own folder, with a note of what
 * was recorded so that an absent answer reads as "the same as the reference", not "never recorded".
 */
final class MatrixRecording {

  /** The note in each server's folder. */
  static final String NOTE = "recorded.json";

  private MatrixRecording() {}

  /**
   * The answers of {@code recorded} that the reference was never asked or answered otherwise in
   * any byte REPLAY would serve: not only other values, but also, say, a relation handed back in
   * another form (which the client's next question is built from) or other metrics.
   */
  static List<Fixture> ownAnswers(List<Fixture> recorded, FixtureStore reference) {
    return recorded.stream().filter(answer -> {
      Optional<Fixture> theirs = reference.find(answer.questionKey(), answer.occurrence());
      return theirs.isEmpty() || !theirs.get().equals(answer);
    }).toList();
  }

  /**
   * Writes the note of a server's folder (creating the folder if all its answers were the
   * reference's): which server, against which reference, and which answers are its own. It holds
   * no time or host, so recording again changes it only when the answers change.
   */
  static void describe(MatrixRun run, Path folder, int answers, List<Fixture> own) {
    String names = own.stream().map(fixture -> "\"" + fixture.name() + "\"").sorted()
        .collect(Collectors.joining(",\n    "));
    String note = "{\n"
        + "  \"server\": \"" + run.entry().describe() + "\",\n"
        + "  \"reference\": \"" + run.reference().describe() + "\",\n"
        + "  \"answers\": " + answers + ",\n"
        + "  \"own\": [" + (own.isEmpty() ? "" : "\n    " + names + "\n  ") + "]\n"
        + "}\n";
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(NOTE), note, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.resolve(NOTE), e);
    }
  }
}
