package dev.sparkconnect.junit;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.fixtures.FixtureStore;
import dev.sparkconnect.mock.verify.Difference;
import dev.sparkconnect.mock.verify.FixtureComparison;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.protocol.plans.CanonicalPlans;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one server's answers to a test differ from the reference server's, question by question and
 * value by value. The question of the server's version is left out (it differs by design), and so
 * is a question only one of them was asked.
 */
final class AnswerDeviations {

  private AnswerDeviations() {}

  /**
   * One difference in one answer.
   *
   * @param query the fixture name of the question ({@code execute-sql-3f2a9c1b07d4})
   * @param where what differs: the outcome, the schema, the row count, a cell
   * @param reference what the reference server answered there
   * @param answer what this server answered there
   */
  record Deviation(String query, String where, String reference, String answer) {
    /** As the ledger matches it and a failure prints it. */
    String text() {
      return where + ": " + reference + " | " + answer;
    }
  }

  /**
   * Every difference between {@code answers} and the reference's answers to the same questions. A
   * question is the same when its fixture key is, or when it is but for the plan ids servers
   * attach to the relations they hand back (Spark 3.5 attaches none to the relation of
   * {@code spark.sql}, 4.x does), so that the same {@code spark.sql} query is compared across them.
   */
  static List<Deviation> between(FixtureStore reference, Collection<Fixture> answers, double tolerance) {
    Map<String, Fixture> referenceByQuestion = new HashMap<>();
    reference.all().forEach(fixture -> referenceByQuestion.putIfAbsent(question(fixture), fixture));
    List<Deviation> deviations = new ArrayList<>();
    for (Fixture answer : answers) {
      if (asksTheVersion(answer)) {
        continue;
      }
      Optional<Fixture> referenceAnswer = reference.find(answer.questionKey(), answer.occurrence())
          .or(() -> Optional.ofNullable(referenceByQuestion.get(question(answer))));
      if (referenceAnswer.isEmpty()) {
        continue;
      }
      List<Difference> differences = FixtureComparison.differences(referenceAnswer.get(), answer, tolerance);
      // Where one server failed and the other answered, the outcome is the difference; its rows are not.
      List<Difference> outcome = differences.stream().filter(difference -> difference.where().equals("outcome")).toList();
      for (Difference difference : outcome.isEmpty() ? differences : outcome) {
        deviations.add(new Deviation(answer.name(), difference.where(), difference.recorded(), difference.now()));
      }
    }
    return deviations;
  }

  /** The question a fixture answers, without the relations' plan ids: the RPC and a hash of the rest. */
  private static String question(Fixture fixture) {
    return fixture.rpc() + ":" + CanonicalPlans.hash(withoutRelationCommon(CanonicalPlans.canonicalize(fixture.request())));
  }

  @SuppressWarnings("unchecked")
  private static <M extends Message> M withoutRelationCommon(M message) {
    Message.Builder builder = message.toBuilder();
    for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
      FieldDescriptor descriptor = field.getKey();
      if (descriptor.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
        continue;
      }
      if (descriptor.getMessageType().getFullName().equals(RELATION_COMMON)) {
        builder.clearField(descriptor);
      } else if (descriptor.isRepeated()) {
        builder.clearField(descriptor);
        for (Object child : (List<?>) field.getValue()) {
          builder.addRepeatedField(descriptor, withoutRelationCommon((Message) child));
        }
      } else {
        builder.setField(descriptor, withoutRelationCommon((Message) field.getValue()));
      }
    }
    return (M) builder.build();
  }

  private static final String RELATION_COMMON = "spark.connect.RelationCommon";

  /** Whether {@code fixture} answers which Spark version the server is, which differs between servers by design. */
  static boolean asksTheVersion(Fixture fixture) {
    return fixture.request() instanceof AnalyzePlanRequest request && request.hasSparkVersion();
  }
}
