package io.github.zhibo.examples.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The module rules of DESIGN.md §2 as ArchUnit rules, parameterised by root package so that tests can show
 * each rule catching a deliberate violation in a fixture package.
 */
final class ArchitectureRules {

  static final List<String> FEATURES = List.of("identity", "tiering", "blacklist", "disclosure", "training", "enforcement");

  private ArchitectureRules() {}

  /** A feature module's classes depend on no other feature module (they may use core). */
  static List<ArchRule> featureModulesAreIndependent(String root, List<String> features) {
    List<ArchRule> rules = new ArrayList<>();
    for (String feature : features) {
      String[] others = features.stream()
          .filter(f -> !f.equals(feature))
          .map(f -> root + "." + f + "..")
          .toArray(String[]::new);
      rules.add(noClasses().that().resideInAPackage(root + "." + feature + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .because("feature modules depend on core only; a concept two of them need moves to core")
          .allowEmptyShould(true));
    }
    return rules;
  }

  /** Core knows no feature module, nor the apps built on it. */
  static ArchRule coreDependsOnNoModule(String root) {
    String[] outside = Stream.concat(FEATURES.stream(), Stream.of("testkit", "examples", "benchmarks"))
        .map(m -> root + "." + m + "..")
        .toArray(String[]::new);
    return noClasses().that().resideInAPackage(root + ".core..")
        .should().dependOnClassesThat().resideInAnyPackage(outside)
        .allowEmptyShould(true);
  }

  /** No public type outside an {@code .internal} package exposes an internal type in its signatures. */
  static ArchRule publicApiExposesNoInternalType(String root) {
    return classes().that().resideInAPackage(root + "..")
        .and().resideOutsideOfPackage("..internal..")
        .and().arePublic()
        .should(exposeNoInternalType())
        .allowEmptyShould(true);
  }

  private static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("expose no .internal type in a public signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        type.getRawSuperclass().ifPresent(s -> report(type, "superclass", s, events));
        type.getRawInterfaces().forEach(i -> report(type, "interface", i, events));
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          if (isVisible(unit.getModifiers())) {
            unit.getReturnType().getAllInvolvedRawTypes()
                .forEach(t -> report(type, unit.getFullName() + " return type", t, events));
            unit.getParameterTypes().forEach(p -> p.getAllInvolvedRawTypes()
                .forEach(t -> report(type, unit.getFullName() + " parameter", t, events)));
            unit.getThrowsClause().getTypes()
                .forEach(t -> report(type, unit.getFullName() + " throws clause", t, events));
          }
        }
        for (JavaField field : type.getFields()) {
          if (isVisible(field.getModifiers())) {
            field.getType().getAllInvolvedRawTypes()
                .forEach(t -> report(type, field.getFullName(), t, events));
          }
        }
      }
    };
  }

  private static boolean isVisible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static void report(JavaClass owner, String where, JavaClass target, ConditionEvents events) {
    if (target.getPackageName().contains(".internal")) {
      events.add(SimpleConditionEvent.violated(owner,
          owner.getName() + " exposes internal type " + target.getName() + " in " + where));
    }
  }
}
