package dev.sparkconnect.benchmarks.process;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.sparkconnect.benchmarks.Shape;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Run as a fresh JVM under a small {@code -Xmx} by {@link IterationMemory}: reads {@code rows}
 * rows of {@link Shape#SIMPLE} one at a time with {@code toLocalIterator()} and prints the heap it
 * needed: the largest heap left in use after any garbage collection (what the iteration really
 * holds) and the sum of the heap pools' peaks (an upper bound of the peak).
 *
 * <pre>IterateInSmallHeap ours|apache sc://host:port rows</pre>
 */
public final class IterateInSmallHeap {

  static final String RESULT = "heap: ";

  private IterateInSmallHeap() {}

  /** Reads the rows with the named client, as the class comment shows, and prints the heap it needed. */
  public static void main(String[] args) throws Exception {
    String client = args[0];
    String remote = args[1];
    long rows = Long.parseLong(args[2]);
    AtomicLong maxAfterGc = watchGarbageCollections();
    long count = client.equals(ChildJvm.OURS) ? iterateOurs(remote, Shape.SIMPLE.sql(rows))
        : iterateApache(remote, Shape.SIMPLE.sql(rows));
    if (count != rows) {
      throw new IllegalStateException("read " + count + " rows, expected " + rows);
    }
    long poolPeaks = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        poolPeaks += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println(RESULT + "rows=" + count + " maxAfterGc=" + maxAfterGc.get() + " poolPeaks=" + poolPeaks
        + " xmx=" + Runtime.getRuntime().maxMemory());
    System.out.flush();
    System.exit(0);
  }

  private static long iterateOurs(String remote, String sql) {
    try (dev.sparkconnect.client.SparkSession spark =
             dev.sparkconnect.client.SparkSession.builder().remote(remote).create();
         dev.sparkconnect.client.internal.results.RowStream rows = spark.sql(sql).toLocalIterator()) {
      return count(rows, row -> row.getString(2).length());
    }
  }

  private static long iterateApache(String remote, String sql) {
    org.apache.spark.sql.connect.SparkSession spark =
        org.apache.spark.sql.connect.SparkSession.builder().remote(remote).create();
    try {
      return count(spark.sql(sql).toLocalIterator(), row -> row.getString(2).length());
    } finally {
      spark.close();
    }
  }

  /** Reads every row, using a value of each so none goes unread; -1 if the values were all empty. */
  private static <T> long count(Iterator<T> rows, ToIntFunction<T> stringLength) {
    long count = 0;
    long checksum = 0;
    while (rows.hasNext()) {
      checksum += stringLength.applyAsInt(rows.next());
      count++;
    }
    return checksum > 0 ? count : -1;
  }

  /** The largest total heap in use just after a collection, kept up to date by GC notifications. */
  private static AtomicLong watchGarbageCollections() {
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    AtomicLong max = new AtomicLong();
    for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long heap = 0;
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          if (heapPools.contains(pool.getKey())) {
            heap += pool.getValue().getUsed();
          }
        }
        max.accumulateAndGet(heap, Math::max);
      }, null, null);
    }
    return max;
  }
}
