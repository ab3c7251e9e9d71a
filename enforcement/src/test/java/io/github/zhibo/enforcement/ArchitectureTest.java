package io.github.zhibo.enforcement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module rules of DESIGN.md §2 and STYLE.md §4.4 for this module. */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.zhibo.enforcement");

  @Test
  void dependsOnCoreOnly() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.zhibo.identity..",
        "io.github.zhibo.tiering..", "io.github.zhibo.blacklist..", "io.github.zhibo.disclosure..",
        "io.github.zhibo.training..", "io.github.zhibo.examples..", "com.fasterxml..").check(CLASSES);
  }

  @Test
  void publicApi_exposesNoInternalType() {
    methods().that().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
        .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("an internal type",
            (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().contains(".internal")))
        .check(CLASSES);
    methods().that().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
        .should().notHaveRawParameterTypes(com.tngtech.archunit.base.DescribedPredicate.describe("an internal type",
            (java.util.List<com.tngtech.archunit.core.domain.JavaClass> ps) ->
                ps.stream().anyMatch(c -> c.getPackageName().contains(".internal"))))
        .check(CLASSES);
  }

  @Test
  void internalTypes_areFinalOrPackagePrivate() {
    classes().that().resideInAPackage("..internal..").and().areTopLevelClasses().and().areNotInterfaces()
        .and().doNotHaveSimpleName("package-info").and().areNotEnums()
        .should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL).check(CLASSES);
  }
}
