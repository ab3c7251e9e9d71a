package io.github.zhibo.examples.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md §2 module rules, checked over every zhibo class on the reference app's class path. */
class ArchitectureTest {

  private static final String ROOT = "io.github.zhibo";
  private static final String FIXTURE = "io.github.zhibo.examples.arch.fixture";

  private static JavaClasses production;
  private static JavaClasses fixture;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
    fixture = new ClassFileImporter().importPackages(FIXTURE);
  }

  @Test
  void importsEveryModule() {
    assertThat(production.stream().map(c -> c.getPackageName().split("\\.")[3]).distinct())
        .contains("core", "identity", "tiering", "blacklist", "disclosure", "training", "enforcement", "testkit", "examples");
  }

  @Test
  void featureModulesDependOnCoreOnly() {
    ArchitectureRules.featureModulesAreIndependent(ROOT, ArchitectureRules.FEATURES)
        .forEach(rule -> rule.check(production));
  }

  @Test
  void coreDependsOnNoOtherModule() {
    ArchitectureRules.coreDependsOnNoModule(ROOT).check(production);
  }

  @Test
  void publicApiExposesNoInternalType() {
    ArchitectureRules.publicApiExposesNoInternalType(ROOT).check(production);
  }

  @Test
  void featureRuleCatchesAFeatureDependingOnAnother() {
    List<ArchRule> rules = ArchitectureRules.featureModulesAreIndependent(FIXTURE, List.of("identity", "tiering"));
    assertThat(rules).anySatisfy(rule -> assertThat(rule.evaluate(fixture).hasViolation()).isTrue());
  }

  @Test
  void internalRuleCatchesAPublicSignatureWithAnInternalType() {
    var result = ArchitectureRules.publicApiExposesNoInternalType(FIXTURE + ".api").evaluate(fixture);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(d -> assertThat(d).contains("Leaky").contains("Hidden"));
    assertThat(result.getFailureReport().getDetails()).noneSatisfy(d -> assertThat(d).contains("Sealed"));
  }
}
