package dev.sparkconnect.mock.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.sparkconnect.arrow.ArrowField;
import dev.sparkconnect.arrow.ArrowSchema;
import dev.sparkconnect.arrow.ArrowStreamWriter;
import dev.sparkconnect.arrow.ArrowType;
import dev.sparkconnect.fixtures.Fixture;
import dev.sparkconnect.proto.AnalyzePlanRequest;
import dev.sparkconnect.proto.AnalyzePlanResponse;
import dev.sparkconnect.proto.DataType;
import dev.sparkconnect.proto.ExecutePlanResponse;
import dev.sparkconnect.proto.Plan;
import dev.sparkconnect.proto.Range;
import dev.sparkconnect.proto.Relation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VERIFY compares values of their type, names the column that changed, and ignores what means nothing. */
class FixtureComparisonTest {

  private static final Plan PLAN = Plan.newBuilder().setRoot(Relation.newBuilder()
      .setRange(Range.newBuilder().setEnd(1).setStep(1))).build();
  private static final ArrowSchema REVENUE = ArrowSchema.of(List.of(
      ArrowField.of("status", true, new ArrowType.Utf8(false)),
      ArrowField.of("revenue", true, new ArrowType.Decimal(10, 2, 128)),
      ArrowField.of("share", true, new ArrowType.FloatingPoint(64))));

  private static Fixture answer(String status, String revenue, double share) {
    byte[] data = ArrowStreamWriter.write(REVENUE, List.<Object[]>of(new Object[] {status, new BigDecimal(revenue), share}));
    return Fixture.execution(PLAN, List.of(ExecutePlanResponse.newBuilder().setArrowBatch(
        ExecutePlanResponse.ArrowBatch.newBuilder().setRowCount(1).setData(ByteString.copyFrom(data))).build()), null);
  }

  @Test
  void aChangedCellIsNamedByItsColumn() {
    assertThat(FixtureComparison.differences(answer("shipped", "201.50", 0.5), answer("shipped", "200.50", 0.5)))
        .extracting(Difference::toString).containsExactly("row 0 column revenue: recorded 201.50, now 200.50");
  }

  @Test
  void numbersWithinTheToleranceAreEqualAndTextIsNot() {
    Fixture recorded = answer("shipped", "201.50", 0.1 + 0.2);
    Fixture now = answer("shipped", "201.51", 0.3);

    assertThat(FixtureComparison.differences(recorded, now)).extracting(Difference::where)
        .containsExactly("row 0 column revenue", "row 0 column share");
    assertThat(FixtureComparison.differences(recorded, now, 0.01)).isEmpty();
    assertThat(FixtureComparison.differences(recorded, answer("Shipped", "201.50", 0.3), 0.01))
        .extracting(Difference::where).containsExactly("row 0 column status");
  }

  @Test
  void theServersDefaultCollationIsTheSameTypeAsNone() {
    AnalyzePlanRequest request = AnalyzePlanRequest.newBuilder().setSchema(
        AnalyzePlanRequest.Schema.newBuilder().setPlan(PLAN)).build();
    Fixture named = Fixture.analysis(request, schema("UTF8_BINARY"), null);
    Fixture unnamed = Fixture.analysis(request, schema(""), null);

    assertThat(FixtureComparison.differences(named, unnamed)).isEmpty();
    assertThat(FixtureComparison.differences(named, Fixture.analysis(request, schema("UNICODE_CI"), null)))
        .hasSize(1);
  }

  private static AnalyzePlanResponse schema(String collation) {
    DataType.String.Builder text = DataType.String.newBuilder();
    if (!collation.isEmpty()) {
      text.setCollation(collation);
    }
    return AnalyzePlanResponse.newBuilder().setSchema(AnalyzePlanResponse.Schema.newBuilder().setSchema(
        DataType.newBuilder().setStruct(DataType.Struct.newBuilder().addFields(DataType.StructField.newBuilder()
            .setName("status").setDataType(DataType.newBuilder().setString(text)))))).build();
  }
}
