package dev.sparkconnect.client;

/**
 * Where a cached DataFrame is kept, as Apache Spark's {@code StorageLevel}: in memory, on disk,
 * off-heap, deserialized or not, and how many replicas.
 *
 * @param useDisk keep blocks on disk
 * @param useMemory keep blocks in memory
 * @param useOffHeap keep blocks off the JVM heap
 * @param deserialized keep blocks as objects rather than bytes
 * @param replication how many copies of each block
 */
public record StorageLevel(boolean useDisk, boolean useMemory, boolean useOffHeap, boolean deserialized,
    int replication) {

  /** Not cached. */
  public static final StorageLevel NONE = new StorageLevel(false, false, false, false, 1);
  /** On disk only. */
  public static final StorageLevel DISK_ONLY = new StorageLevel(true, false, false, false, 1);
  /** In memory, as objects. */
  public static final StorageLevel MEMORY_ONLY = new StorageLevel(false, true, false, true, 1);
  /** In memory, as bytes. */
  public static final StorageLevel MEMORY_ONLY_SER = new StorageLevel(false, true, false, false, 1);
  /** In memory, spilling to disk: Spark's default for DataFrames. */
  public static final StorageLevel MEMORY_AND_DISK = new StorageLevel(true, true, false, true, 1);
  /** In memory as bytes, spilling to disk. */
  public static final StorageLevel MEMORY_AND_DISK_SER = new StorageLevel(true, true, false, false, 1);
  /** Off the JVM heap. */
  public static final StorageLevel OFF_HEAP = new StorageLevel(true, true, true, false, 1);

  dev.sparkconnect.proto.StorageLevel toProto() {
    return dev.sparkconnect.proto.StorageLevel.newBuilder().setUseDisk(useDisk).setUseMemory(useMemory)
        .setUseOffHeap(useOffHeap).setDeserialized(deserialized).setReplication(replication).build();
  }

  static StorageLevel fromProto(dev.sparkconnect.proto.StorageLevel level) {
    return new StorageLevel(level.getUseDisk(), level.getUseMemory(), level.getUseOffHeap(), level.getDeserialized(),
        level.getReplication());
  }
}
