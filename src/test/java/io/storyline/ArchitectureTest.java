package io.storyline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The import rule of the README's code layout, over the compiled main classes: the core is plain
 * Java and knows nothing of the edge; the edge's plumbing ({@code api}, {@code store}) knows
 * nothing of the features that use it; no two packages import each other, however indirectly.
 */
class ArchitectureTest {
  /** The pure stages and what they report: plain Java, tested without a container. */
  static final String[] CORE = {
    "io.storyline.text..",
    "io.storyline.temporal..",
    "io.storyline.event..",
    "io.storyline.story..",
    "io.storyline.summary..",
    "io.storyline.timeline..",
    "io.storyline.domain.."
  };

  /** Our edge packages: HTTP, persistence, CDI. */
  static final String[] EDGE = {
    "io.storyline.api..",
    "io.storyline.article..",
    "io.storyline.ingest..",
    "io.storyline.resource..",
    "io.storyline.store..",
    "io.storyline.storystore.."
  };

  /** Frameworks the core must not see (none of their types, annotations included). */
  static final String[] FRAMEWORKS = {
    "io.quarkus..",
    "io.smallrye..",
    "jakarta..",
    "com.fasterxml.jackson..",
    "org.hibernate..",
    "org.eclipse.microprofile..",
    "org.jboss.."
  };

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.storyline");

  @Test
  void theCoreImportsNoEdgePackage() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(EDGE)
            .because("the core is called by the edge, never the other way"));
  }

  @Test
  void theCoreImportsNoFramework() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS)
            .because("the core runs and is tested as plain Java"));
  }

  @Test
  void domainFailuresImportNothingOfOurs() {
    check(
        noClasses()
            .that()
            .resideInAPackage("io.storyline.domain..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("java..", "io.storyline.domain.."));
  }

  @Test
  void thePlumbingImportsNoFeature() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage("io.storyline.api..", "io.storyline.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.storyline.article..",
                "io.storyline.ingest..",
                "io.storyline.resource..",
                "io.storyline.storystore..")
            .because("every feature may use the HTTP and store plumbing"));
  }

  @Test
  void noPackageCycles() {
    check(slices().matching("io.storyline.(*)..").should().beFreeOfCycles());
  }

  private static void check(ArchRule rule) {
    rule.check(MAIN);
  }
}
