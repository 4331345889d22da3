package dev.sparkconnect.examples.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Add it to your build", tried as a new user would: its two snippets (the POM's
 * dependencies and a first test) copied into an empty folder and built with Maven, against the
 * artifacts this build just made. It fails when the snippet no longer compiles, no longer runs,
 * or pulls Testcontainers into a project that does not ask for it.
 */
@Tag("scratch-build")
class GettingStartedTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String GROUP = "dev/sparkconnect";
  private static final List<String> MODULES = List.of("proto", "arrow", "protocol", "fixtures", "client",
      "mock-server", "local-server", "junit-extension");

  @TempDir
  Path scratch;

  @Test
  void theReadmesSnippetsBuildAndPassInAnEmptyProject() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String pomSnippet = block(readme, "getting-started:pom", "xml");
    String testSnippet = block(readme, "getting-started:test", "java");
    String version = projectVersion();
    assertThat(pomSnippet).as("the README's BOM version").contains("<version>" + version + "</version>");
    assertThat(Files.readString(ROOT.resolve("bom/pom.xml"))).as("the BOM's own version")
        .contains("<version>" + version + "</version>");

    Path repository = Path.of(System.getProperty("maven.repo.local",
        System.getProperty("user.home") + "/.m2/repository"));
    installThisBuild(repository, version);
    Files.writeString(scratch.resolve("pom.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <project>
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>first-spark-test</artifactId>
          <version>1.0</version>
          <properties>
            <maven.compiler.source>17</maven.compiler.source>
            <maven.compiler.target>17</maven.compiler.target>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
        """ + pomSnippet + "\n</project>\n");
    Path test = scratch.resolve("src/test/java/FirstSparkTest.java");
    Files.createDirectories(test.getParent());
    Files.writeString(test, testSnippet);

    Maven build = maven(repository, "test", "dependency:list", "-DoutputFile=dependencies.txt");

    assertThat(build.exitCode).as("mvn test in the scratch project:\n" + build.output).isZero();
    assertThat(build.output).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
    String dependencies = Files.readString(scratch.resolve("dependencies.txt"));
    assertThat(dependencies).contains("dev.sparkconnect:spark-connect-junit:jar:" + version)
        .contains("org.junit.jupiter:junit-jupiter-engine:jar:5.14.4")
        .doesNotContain("org.testcontainers").doesNotContain("com.github.docker-java").doesNotContain("net.java.dev.jna");
    assertThat(Pattern.compile("org\\.junit\\.jupiter:junit-jupiter-api:jar:(?!5\\.14\\.4)").matcher(dependencies).find())
        .as("a second JUnit version").isFalse();
  }

  /** The code block right after {@code <!-- marker -->} in the README. */
  private static String block(String readme, String marker, String language) {
    Matcher matcher = Pattern.compile("<!-- " + Pattern.quote(marker) + " -->\\s*```" + language + "\\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    assertThat(matcher.find()).as("the README's block marked " + marker).isTrue();
    return matcher.group(1);
  }

  private static String projectVersion() throws IOException {
    Matcher matcher = Pattern.compile("<artifactId>spark-connect-java</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  /**
   * Puts what this build made into the local repository, as {@code mvn install} would (the build
   * runs up to {@code verify} only): the parent and BOM POMs, and each module's POM and jar.
   */
  private static void installThisBuild(Path repository, String version) throws IOException {
    install(repository, "spark-connect-java", version, ROOT.resolve("pom.xml"), null);
    install(repository, "spark-connect-bom", version, ROOT.resolve("bom/pom.xml"), null);
    for (String module : MODULES) {
      Path pom = ROOT.resolve(module).resolve("pom.xml");
      Matcher artifact = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(Files.readString(pom));
      assertThat(artifact.find()).as("the artifactId of " + pom).isTrue();
      String artifactId = artifact.group(1);
      Path jar = ROOT.resolve(module).resolve("target").resolve(artifactId + "-" + version + ".jar");
      assertThat(jar).as("the jar this build made (run after the module's package phase)").exists();
      install(repository, artifactId, version, pom, jar);
    }
  }

  private static void install(Path repository, String artifactId, String version, Path pom, Path jar) throws IOException {
    Path folder = repository.resolve(GROUP).resolve(artifactId).resolve(version);
    Files.createDirectories(folder);
    Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      Files.copy(jar, folder.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private record Maven(int exitCode, String output) {}

  private Maven maven(Path repository, String... goals) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-ntp", "-Dmaven.repo.local=" + repository));
    command.addAll(List.of(goals));
    Path log = scratch.resolve("build.log");
    Process process = new ProcessBuilder(command).directory(scratch.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    process.getOutputStream().close();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new Maven(-1, "timed out after 10 minutes\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Maven(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The Maven running this build (its home is in {@code maven.home}), else {@code mvn} on the PATH. */
  private static String mavenExecutable() {
    String home = System.getProperty("maven.home");
    if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
      return Path.of(home, "bin", "mvn").toString();
    }
    return "mvn";
  }
}
