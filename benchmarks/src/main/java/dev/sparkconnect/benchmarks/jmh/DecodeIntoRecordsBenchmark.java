package dev.sparkconnect.benchmarks.jmh;

import dev.sparkconnect.client.Row;
import dev.sparkconnect.client.internal.encoders.Codec;
import dev.sparkconnect.client.internal.encoders.Codecs;
import dev.sparkconnect.client.internal.encoders.RowReader;
import dev.sparkconnect.client.internal.results.RowStream;
import dev.sparkconnect.client.internal.upload.LocalRelations;
import dev.sparkconnect.client.types.DataTypes;
import dev.sparkconnect.client.types.StructType;
import dev.sparkconnect.proto.ExecutePlanResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A typed Dataset's decoding, with the network taken away: 1,000,000 rows of five columns
 * (BIGINT, STRING, DOUBLE, BOOLEAN, DATE) in 100 Arrow batches held in memory, read into Java
 * records and into beans the way {@code Dataset.toLocalIterator()} reads them, beside the same rows
 * read as {@code Row}s with every value taken. None is kept, so this is decoding, not garbage
 * collection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeIntoRecordsBenchmark {

  /** The rows decoded per operation. */
  public static final int ROWS = 1_000_000;
  private static final int BATCHES = 100;

  /** The record the rows are read into. */
  public record Trade(long id, String symbol, double price, boolean settled, LocalDate day) {}

  /** The same fields as a bean. */
  public static class TradeBean {
    private long id;
    private String symbol;
    private double price;
    private boolean settled;
    private LocalDate day;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getSymbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }
    public double getPrice() { return price; }
    public void setPrice(double price) { this.price = price; }
    public boolean isSettled() { return settled; }
    public void setSettled(boolean settled) { this.settled = settled; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
  }

  private static final StructType SCHEMA = new StructType().add("id", DataTypes.LongType, false)
      .add("symbol", DataTypes.StringType).add("price", DataTypes.DoubleType, false)
      .add("settled", DataTypes.BooleanType, false).add("day", DataTypes.DateType);

  private List<ExecutePlanResponse> responses;
  private final Codec<Trade> records = Codecs.bean(Trade.class);
  private final Codec<TradeBean> beans = Codecs.bean(TradeBean.class);

  /** Writes the batches once, and checks each way reads every row. */
  @Setup(Level.Trial)
  public void write() {
    responses = new ArrayList<>();
    int perBatch = ROWS / BATCHES;
    LocalDate first = LocalDate.of(2020, 1, 1);
    for (int b = 0; b < BATCHES; b++) {
      List<Row> rows = new ArrayList<>(perBatch);
      for (int i = 0; i < perBatch; i++) {
        long id = (long) b * perBatch + i;
        rows.add(Row.of(id, "SYM" + (id % 5000), id * 0.25, id % 3 == 0, first.plusDays(id % 2000)));
      }
      responses.add(ExecutePlanResponse.newBuilder().setArrowBatch(ExecutePlanResponse.ArrowBatch.newBuilder()
          .setRowCount(perBatch).setData(LocalRelations.of(rows, SCHEMA).getData())).build());
    }
    responses.add(ExecutePlanResponse.newBuilder()
        .setResultComplete(ExecutePlanResponse.ResultComplete.getDefaultInstance()).build());
    Consumer<Object> ignore = value -> { };
    for (long count : new long[] {readRows(ignore), typed(records, ignore), typed(beans, ignore)}) {
      if (count != ROWS) {
        throw new IllegalStateException("decoded " + count + " rows, expected " + ROWS);
      }
    }
  }

  /** The rows as {@code Row}s, every value read. */
  @Benchmark
  public long rows(Blackhole blackhole) {
    return readRows(blackhole::consume);
  }

  private long readRows(Consumer<Object> consumer) {
    long count = 0;
    try (RowStream rows = new RowStream(new InMemoryResponses(responses))) {
      while (rows.hasNext()) {
        Row row = rows.next();
        for (int i = 0; i < 5; i++) {
          consumer.accept(row.get(i));
        }
        count++;
      }
    }
    return count;
  }

  /** The rows as records, through the canonical constructor. */
  @Benchmark
  public long records(Blackhole blackhole) {
    return typed(records, blackhole::consume);
  }

  /** The rows as beans, through the no-argument constructor and the setters. */
  @Benchmark
  public long beans(Blackhole blackhole) {
    return typed(beans, blackhole::consume);
  }

  private <T> long typed(Codec<T> codec, Consumer<Object> consumer) {
    long count = 0;
    try (RowStream rows = new RowStream(new InMemoryResponses(responses))) {
      RowReader<T> reader = null;
      while (rows.hasNext()) {
        Row row = rows.next();
        if (reader == null) {
          reader = Codecs.readerFor(codec, rows.schema());
        }
        consumer.accept(reader.read(row));
        count++;
      }
    }
    return count;
  }
}
