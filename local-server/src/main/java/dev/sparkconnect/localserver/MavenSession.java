package dev.sparkconnect.localserver;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Profile;
import org.apache.maven.settings.Repository;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.eclipse.aether.util.repository.SimpleArtifactDescriptorPolicy;

/**
 * A Maven Resolver session set up the way the user's own Maven is: the same local repository (the
 * cache between runs), mirrors, proxies, server credentials and repositories of active profiles
 * from {@code settings.xml}.
 *
 * <p>The one remote repository that needs no settings, Maven's default ("central"), is read from
 * the super POM inside Maven's own model builder, so its address is Maven's, not ours. Where a
 * setting comes from, in order: system property {@code maven.repo.local} for the local repository;
 * user settings at {@code maven.user.settings} or {@code ~/.m2/settings.xml}; global settings under
 * {@code maven.home} or {@code $MAVEN_HOME}. Encrypted passwords in settings are not decrypted.
 */
final class MavenSession {

  private static final String SUPER_POM = "org/apache/maven/model/pom-4.0.0.xml";

  final DefaultRepositorySystemSession session;
  final List<RemoteRepository> repositories;
  final Path localRepository;

  private MavenSession(DefaultRepositorySystemSession session, List<RemoteRepository> repositories, Path local) {
    this.session = session;
    this.repositories = repositories;
    this.localRepository = local;
  }

  static MavenSession create(RepositorySystem system) {
    Settings settings = loadSettings();
    Path local = localRepository(settings);

    DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
    // POMs activate profiles by JDK and OS, as under Maven itself.
    session.setSystemProperties(System.getProperties());
    // A POM that cannot be read must fail the resolution, not silently drop its dependencies.
    session.setArtifactDescriptorPolicy(new SimpleArtifactDescriptorPolicy(false, false));
    session.setLocalRepositoryManager(system.newLocalRepositoryManager(session, new LocalRepository(local.toFile())));
    session.setOffline(settings.isOffline() || Boolean.getBoolean("maven.offline"));
    // Repositories named inside dependency POMs are not asked: only the user's configured ones are.
    session.setIgnoreArtifactDescriptorRepositories(true);
    session.setChecksumPolicy(RepositoryPolicy.CHECKSUM_POLICY_WARN);

    DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
    for (Mirror mirror : settings.getMirrors()) {
      mirrors.add(mirror.getId(), mirror.getUrl(), mirror.getLayout(), false, mirror.isBlocked(),
          mirror.getMirrorOf(), mirror.getMirrorOfLayouts());
    }
    session.setMirrorSelector(mirrors);

    DefaultProxySelector proxies = new DefaultProxySelector();
    for (org.apache.maven.settings.Proxy proxy : settings.getProxies()) {
      if (proxy.isActive()) {
        AuthenticationBuilder auth = new AuthenticationBuilder();
        if (proxy.getUsername() != null) {
          auth.addUsername(proxy.getUsername()).addPassword(proxy.getPassword());
        }
        proxies.add(new Proxy(proxy.getProtocol(), proxy.getHost(), proxy.getPort(), auth.build()),
            proxy.getNonProxyHosts());
      }
    }
    session.setProxySelector(proxies);

    DefaultAuthenticationSelector credentials = new DefaultAuthenticationSelector();
    for (Server server : settings.getServers()) {
      if (server.getUsername() != null) {
        credentials.add(server.getId(),
            new AuthenticationBuilder().addUsername(server.getUsername()).addPassword(server.getPassword()).build());
      }
    }
    session.setAuthenticationSelector(credentials);

    Map<String, RemoteRepository> repositories = new LinkedHashMap<>();
    RemoteRepository central = centralFromSuperPom();
    repositories.put(central.getId(), central);
    for (Profile profile : activeProfiles(settings)) {
      for (Repository repository : profile.getRepositories()) {
        repositories.put(repository.getId(),
            new RemoteRepository.Builder(repository.getId(), "default", repository.getUrl()).build());
      }
    }
    List<RemoteRepository> resolved = system.newResolutionRepositories(session, new ArrayList<>(repositories.values()));
    return new MavenSession(session, resolved, local);
  }

  private static Settings loadSettings() {
    DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest();
    request.setSystemProperties(System.getProperties());
    Path user = Optional.ofNullable(System.getProperty("maven.user.settings")).map(Paths::get)
        .orElse(Paths.get(System.getProperty("user.home"), ".m2", "settings.xml"));
    request.setUserSettingsFile(user.toFile());
    String mavenHome = Optional.ofNullable(System.getProperty("maven.home")).orElse(System.getenv("MAVEN_HOME"));
    if (mavenHome != null) {
      request.setGlobalSettingsFile(new File(mavenHome, "conf/settings.xml"));
    }
    try {
      return new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings();
    } catch (SettingsBuildingException e) {
      throw new IllegalStateException("Cannot read Maven settings (" + user + "): " + e.getMessage(), e);
    }
  }

  private static Path localRepository(Settings settings) {
    String fromProperty = System.getProperty("maven.repo.local");
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Paths.get(fromProperty);
    }
    if (settings.getLocalRepository() != null && !settings.getLocalRepository().isBlank()) {
      return Paths.get(settings.getLocalRepository());
    }
    return Paths.get(System.getProperty("user.home"), ".m2", "repository");
  }

  private static List<Profile> activeProfiles(Settings settings) {
    List<Profile> active = new ArrayList<>();
    for (Profile profile : settings.getProfiles()) {
      boolean byDefault = profile.getActivation() != null && profile.getActivation().isActiveByDefault();
      if (byDefault || settings.getActiveProfiles().contains(profile.getId())) {
        active.add(profile);
      }
    }
    return active;
  }

  /** Maven's default remote repository, exactly as Maven's own super POM declares it. */
  private static RemoteRepository centralFromSuperPom() {
    try (InputStream in = MavenXpp3Reader.class.getClassLoader().getResourceAsStream(SUPER_POM)) {
      if (in == null) {
        throw new IllegalStateException("Maven's super POM (" + SUPER_POM + ") is not on the classpath");
      }
      Model model = new MavenXpp3Reader().read(in);
      org.apache.maven.model.Repository central = model.getRepositories().get(0);
      return new RemoteRepository.Builder(central.getId(), "default", central.getUrl())
          .setSnapshotPolicy(new RepositoryPolicy(false, null, null))
          .build();
    } catch (IOException | org.codehaus.plexus.util.xml.pull.XmlPullParserException e) {
      throw new IllegalStateException("Cannot read Maven's super POM: " + e.getMessage(), e);
    }
  }
}
