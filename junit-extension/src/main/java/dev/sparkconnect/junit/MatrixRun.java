package dev.sparkconnect.junit;

import java.nio.file.Path;

/**
 * One invocation of a {@link SparkVersions} matrix: which server it runs on, and where that
 * server's fixtures and the ledger are.
 */
record MatrixRun(VersionMatrixExtension.Matrix matrix, MatrixEntry entry) {

  boolean isReference() {
    return entry.equals(matrix.reference());
  }

  MatrixEntry reference() {
    return matrix.reference();
  }

  /** Where this run's own answers live under a test's (or a class's set-up) folder: there for the reference. */
  Path answersFolder(Path folder) {
    return isReference() ? folder : folder.resolve(entry.overlayFolder());
  }

  /** The ledger file, under {@code fixturesRoot} unless absolute. */
  Path ledger(Path fixturesRoot) {
    Path ledger = Path.of(matrix.ledger());
    return ledger.isAbsolute() ? ledger : fixturesRoot.resolve(ledger);
  }
}
