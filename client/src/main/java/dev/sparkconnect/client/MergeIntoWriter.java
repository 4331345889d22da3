package dev.sparkconnect.client;

import dev.sparkconnect.proto.Command;
import dev.sparkconnect.proto.Expression;
import dev.sparkconnect.proto.MergeAction;
import dev.sparkconnect.proto.MergeIntoTableCommand;
import dev.sparkconnect.proto.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A MERGE INTO of a DataFrame's rows into a table, made by {@link DataFrame#mergeInto(String, Column)}:
 * each {@code when...} clause adds an action, tried in the order given, and {@link #merge()} runs
 * them all in one statement on the server.
 *
 * <pre>{@code
 * updates.mergeInto("db.target", col("source.id").equalTo(col("target.id")))
 *     .whenMatched(col("source.deleted")).delete()
 *     .whenMatched().update(Map.of("amount", col("source.amount")))
 *     .whenNotMatched().insertAll()
 *     .whenNotMatchedBySource().delete()
 *     .merge();
 * }</pre>
 *
 * <p>Assignments name the target's columns; their values are expressions over the source and the
 * target. A writer is a builder: it is not thread-safe, and each clause returns this same writer.
 */
public final class MergeIntoWriter {

  private final DataFrame source;
  private final String table;
  private final Column condition;
  private final List<Expression> matched = new ArrayList<>();
  private final List<Expression> notMatched = new ArrayList<>();
  private final List<Expression> notMatchedBySource = new ArrayList<>();
  private boolean schemaEvolution;

  MergeIntoWriter(DataFrame source, String table, Column condition) {
    this.source = source;
    this.table = Objects.requireNonNull(table, "table");
    this.condition = Objects.requireNonNull(condition, "condition");
  }

  /** What to do with target rows that a source row matches. */
  public WhenMatched whenMatched() {
    return new WhenMatched(null);
  }

  /** What to do with target rows that a source row matches, where {@code condition} also holds. */
  public WhenMatched whenMatched(Column condition) {
    return new WhenMatched(Objects.requireNonNull(condition, "condition"));
  }

  /** What to do with source rows that match no target row. */
  public WhenNotMatched whenNotMatched() {
    return new WhenNotMatched(null);
  }

  /** What to do with source rows that match no target row, where {@code condition} also holds. */
  public WhenNotMatched whenNotMatched(Column condition) {
    return new WhenNotMatched(Objects.requireNonNull(condition, "condition"));
  }

  /** What to do with target rows that no source row matches. */
  public WhenNotMatchedBySource whenNotMatchedBySource() {
    return new WhenNotMatchedBySource(null);
  }

  /** What to do with target rows that no source row matches, where {@code condition} also holds. */
  public WhenNotMatchedBySource whenNotMatchedBySource(Column condition) {
    return new WhenNotMatchedBySource(Objects.requireNonNull(condition, "condition"));
  }

  /** Lets the merge add the source's new columns to the target's schema, where the table supports it. */
  public MergeIntoWriter withSchemaEvolution() {
    schemaEvolution = true;
    return this;
  }

  /** Whether {@link #withSchemaEvolution()} was called. */
  public boolean schemaEvolutionEnabled() {
    return schemaEvolution;
  }

  /**
   * Runs the merge.
   *
   * @throws IllegalStateException if no action was given (the server would refuse it with
   *     {@code NO_MERGE_ACTION_SPECIFIED})
   */
  public void merge() {
    if (matched.isEmpty() && notMatched.isEmpty() && notMatchedBySource.isEmpty()) {
      throw new IllegalStateException("A merge into " + table + " needs at least one action: call whenMatched(), "
          + "whenNotMatched() or whenNotMatchedBySource() and then one of their actions before merge()");
    }
    source.sparkSession().execute(Plan.newBuilder().setCommand(Command.newBuilder().setMergeIntoTableCommand(command()))
        .build());
  }

  /** The command {@link #merge()} sends. */
  MergeIntoTableCommand command() {
    return MergeIntoTableCommand.newBuilder()
        .setTargetTableName(table)
        .setSourceTablePlan(source.plan())
        .setMergeCondition(condition.expr())
        .addAllMatchActions(matched)
        .addAllNotMatchedActions(notMatched)
        .addAllNotMatchedBySourceActions(notMatchedBySource)
        .setWithSchemaEvolution(schemaEvolution)
        .build();
  }

  private MergeIntoWriter add(List<Expression> clauses, MergeAction.ActionType type, Column when,
      Map<String, Column> assignments) {
    MergeAction.Builder action = MergeAction.newBuilder().setActionType(type);
    if (when != null) {
      action.setCondition(when.expr());
    }
    if (assignments != null) {
      if (assignments.isEmpty()) {
        throw new IllegalArgumentException("An update or insert needs at least one column to set; "
            + "use updateAll() or insertAll() to set every column");
      }
      assignments.forEach((column, value) -> action.addAssignments(MergeAction.Assignment.newBuilder()
          .setKey(functions.expr(column).expr()).setValue(functions.lit(value).expr())));
    }
    clauses.add(Expression.newBuilder().setMergeAction(action).build());
    return this;
  }

  /** The actions for target rows that a source row matches. */
  public final class WhenMatched {
    private final Column condition;

    private WhenMatched(Column condition) {
      this.condition = condition;
    }

    /** The writer this clause belongs to. */
    public MergeIntoWriter mergeIntoWriter() {
      return MergeIntoWriter.this;
    }

    /** Sets every column of the target row to the matching source row's column of the same name. */
    public MergeIntoWriter updateAll() {
      return add(matched, MergeAction.ActionType.ACTION_TYPE_UPDATE_STAR, condition, null);
    }

    /** Sets the named target columns to the given expressions. */
    public MergeIntoWriter update(Map<String, Column> assignments) {
      return add(matched, MergeAction.ActionType.ACTION_TYPE_UPDATE, condition, assignments);
    }

    /** Deletes the target row. */
    public MergeIntoWriter delete() {
      return add(matched, MergeAction.ActionType.ACTION_TYPE_DELETE, condition, null);
    }
  }

  /** The actions for source rows that match no target row. */
  public final class WhenNotMatched {
    private final Column condition;

    private WhenNotMatched(Column condition) {
      this.condition = condition;
    }

    /** The writer this clause belongs to. */
    public MergeIntoWriter mergeIntoWriter() {
      return MergeIntoWriter.this;
    }

    /** Inserts the source row, its columns matched to the target's by name. */
    public MergeIntoWriter insertAll() {
      return add(notMatched, MergeAction.ActionType.ACTION_TYPE_INSERT_STAR, condition, null);
    }

    /** Inserts a row with the named target columns set to the given expressions. */
    public MergeIntoWriter insert(Map<String, Column> assignments) {
      return add(notMatched, MergeAction.ActionType.ACTION_TYPE_INSERT, condition, assignments);
    }
  }

  /** The actions for target rows that no source row matches. */
  public final class WhenNotMatchedBySource {
    private final Column condition;

    private WhenNotMatchedBySource(Column condition) {
      this.condition = condition;
    }

    /** The writer this clause belongs to. */
    public MergeIntoWriter mergeIntoWriter() {
      return MergeIntoWriter.this;
    }

    /** Sets every column of the target row from the source; Spark's API has it, though no source row matched. */
    public MergeIntoWriter updateAll() {
      return add(notMatchedBySource, MergeAction.ActionType.ACTION_TYPE_UPDATE_STAR, condition, null);
    }

    /** Sets the named target columns to the given expressions (of the target's columns). */
    public MergeIntoWriter update(Map<String, Column> assignments) {
      return add(notMatchedBySource, MergeAction.ActionType.ACTION_TYPE_UPDATE, condition, assignments);
    }

    /** Deletes the target row. */
    public MergeIntoWriter delete() {
      return add(notMatchedBySource, MergeAction.ActionType.ACTION_TYPE_DELETE, condition, null);
    }
  }
}
