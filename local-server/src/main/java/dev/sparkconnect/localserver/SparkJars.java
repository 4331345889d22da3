package dev.sparkconnect.localserver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.transfer.AbstractTransferListener;
import org.eclipse.aether.transfer.TransferEvent;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime classpath of a Spark Connect server: Apache Spark's jars of one version, resolved
 * through Maven exactly as the user's Maven would (see {@link MavenSession}), downloaded once into
 * the local Maven repository and taken from there on every later run.
 */
public final class SparkJars {

  private static final Logger LOG = LoggerFactory.getLogger(SparkJars.class);
  private static final ConcurrentHashMap<SparkDistribution, List<Path>> RESOLVED = new ConcurrentHashMap<>();

  private SparkJars() {}

  /**
   * The jars of {@code distribution}'s server, resolving (and downloading, the first time) as
   * needed; the answer is kept for the life of this JVM.
   *
   * @throws IllegalStateException when an artifact cannot be had, with Maven's reason
   */
  public static List<Path> resolve(SparkDistribution distribution) {
    return RESOLVED.computeIfAbsent(distribution, SparkJars::resolveNow);
  }

  private static List<Path> resolveNow(SparkDistribution distribution) {
    long started = System.nanoTime();
    RepositorySystem system = new RepositorySystemSupplier().get();
    try {
      MavenSession maven = MavenSession.create(system);
      ClasspathCache cache = new ClasspathCache(maven.localRepository, distribution);
      List<Path> cached = cache.read();
      if (cached != null) {
        LOG.debug("Took {} jars for {} from {}", cached.size(), distribution, cache.file());
        return cached;
      }
      Downloads downloads = new Downloads();
      maven.session.setTransferListener(downloads);

      List<String> artifacts = new ArrayList<>(distribution.serverArtifacts());
      artifacts.addAll(distribution.optionalServerArtifacts());
      List<Path> jars;
      try {
        jars = resolveClosure(system, maven, distribution, artifacts);
      } catch (DependencyResolutionException e) {
        if (distribution.optionalServerArtifacts().isEmpty()) {
          throw e;
        }
        jars = resolveClosure(system, maven, distribution, distribution.serverArtifacts());
        LOG.warn("{} cannot be resolved from your repositories ({}); starting {} without it, so releasing a"
            + " session and ML commands fail on that server", distribution.optionalServerArtifacts(), e.getMessage(),
            distribution);
      }
      LOG.info("Resolved {} jars for {} in {} ms ({} downloaded, {} MB) from local repository {}",
          jars.size(), distribution, (System.nanoTime() - started) / 1_000_000, downloads.count.get(),
          downloads.bytes.get() / (1024 * 1024), maven.localRepository);
      cache.write(jars);
      return List.copyOf(jars);
    } catch (DependencyResolutionException e) {
      throw new IllegalStateException("Cannot resolve the jars of " + distribution + " through Maven: "
          + e.getMessage() + ". Check that the version is published and that your Maven settings"
          + " (mirrors, proxies) reach a repository that has it.", e);
    } finally {
      system.shutdown();
    }
  }

  private static List<Path> resolveClosure(RepositorySystem system, MavenSession maven,
      SparkDistribution distribution, List<String> artifacts) throws DependencyResolutionException {
    CollectRequest collect = new CollectRequest();
    for (String coordinates : artifacts) {
      collect.addDependency(new Dependency(new DefaultArtifact(coordinates), JavaScopes.RUNTIME, false, List.of(
          // Named by some Spark POMs but never published; the server runs without it.
          new Exclusion("org.apache.spark", "spark-connect-shims_" + distribution.scalaBinaryVersion(), "*", "*"))));
    }
    collect.setRepositories(maven.repositories);
    DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
    List<Path> jars = new ArrayList<>();
    for (ArtifactResult result : system.resolveDependencies(maven.session, request).getArtifactResults()) {
      jars.add(result.getArtifact().getFile().toPath());
    }
    return jars;
  }

  /** Logs each download, so that a first run that fetches 300 MB does not look hung. */
  private static final class Downloads extends AbstractTransferListener {
    final AtomicLong count = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();

    @Override
    public void transferSucceeded(TransferEvent event) {
      count.incrementAndGet();
      bytes.addAndGet(event.getTransferredBytes());
      if (event.getResource().getResourceName().endsWith(".jar")) {
        LOG.info("Downloaded {} ({} KB)", event.getResource().getResourceName(), event.getTransferredBytes() / 1024);
      }
    }
  }
}
