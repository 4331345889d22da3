package dev.sparkconnect.client.sketch;

/** Two sketches cannot be merged: they differ in size, hash functions or seed. */
public class IncompatibleMergeException extends Exception {

  private static final long serialVersionUID = 1L;

  /** An exception saying why the merge is impossible. */
  public IncompatibleMergeException(String message) {
    super(message);
  }
}
