package io.github.zhibo.disclosure.validation;

import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.disclosure.PageChecker;
import io.github.zhibo.disclosure.model.LiveRoomSnapshot;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Support for the {@link LiveRoomDisclosure} constraint: the shared checker and the validator factory.
 * Thread-safe.
 */
public final class DisclosureValidation {

  private static final AtomicReference<PageChecker> CHECKER = new AtomicReference<>();
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d+])*)");

  private DisclosureValidation() {}

  /**
   * A validator built with {@code ParameterMessageInterpolator}: templates are resolved from bundles only,
   * no expression language is evaluated.
   */
  public static Validator validator() {
    return Factory.INSTANCE.getValidator();
  }

  /** One factory per JVM, built on first use and kept open (validators must not outlive their factory). */
  private static final class Factory {
    static final jakarta.validation.ValidatorFactory INSTANCE = Validation.byDefaultProvider().configure()
        .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  /** Sets the checker the constraint uses (default: {@code PageChecker.builder().build()}). */
  public static void useChecker(PageChecker checker) {
    CHECKER.set(java.util.Objects.requireNonNull(checker, "checker"));
  }

  static PageChecker checker() {
    PageChecker c = CHECKER.get();
    if (c == null) {
      CHECKER.compareAndSet(null, PageChecker.builder().build());
      c = CHECKER.get();
    }
    return c;
  }

  static RegulationProfile profile(String id) {
    return RegulationProfiles.get(ProfileId.of(id));
  }

  /** Runs the rules and reports one violation per finding; {@code true} if there is none. */
  static boolean validate(LiveRoomSnapshot snapshot, RegulationProfile profile, boolean includeWarnings,
      ConstraintValidatorContext context) {
    List<Finding> reported = new ArrayList<>();
    for (Finding f : checker().report(snapshot, profile).findings()) {
      if (f.severity() == Severity.VIOLATION || (includeWarnings && f.severity() == Severity.WARNING)) reported.add(f);
    }
    if (reported.isEmpty()) return true;
    context.disableDefaultConstraintViolation();
    for (Finding f : reported) {
      HibernatePayload.attach(context, f);
      // a fixed, trusted template per rule; finding values never become template text
      var builder = context.buildConstraintViolationWithTemplate("{io.github.zhibo.disclosure." + f.messageKey() + "}");
      addPath(builder, f.path().map(Object::toString).orElse(""));
    }
    return false;
  }

  private static void addPath(ConstraintValidatorContext.ConstraintViolationBuilder builder, String path) {
    if (path.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    List<String> names = new ArrayList<>();
    List<List<Integer>> indexes = new ArrayList<>();
    for (String part : path.split("\\.")) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        builder.addConstraintViolation();
        return;
      }
      names.add(m.group(1));
      List<Integer> idx = new ArrayList<>();
      Matcher im = Pattern.compile("\\[(\\d+)]").matcher(m.group(2));
      while (im.find()) idx.add(Integer.parseInt(im.group(1)));
      indexes.add(idx);
    }
    // after an index the builder is a "defined" context, otherwise a "customizable" one; both add nodes
    ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext open = builder.addPropertyNode(names.get(0));
    ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext closed = null;
    for (int i = 1; i < names.size(); i++) {
      var next = closed != null ? closed.addPropertyNode(names.get(i)) : open.addPropertyNode(names.get(i));
      List<Integer> prev = indexes.get(i - 1);
      if (prev.isEmpty()) {
        open = next;
        closed = null;
      } else {
        closed = next.inIterable().atIndex(prev.get(0));
      }
    }
    List<Integer> last = indexes.get(names.size() - 1);
    if (!last.isEmpty()) {
      var bean = closed != null ? closed.addBeanNode() : open.addBeanNode();
      bean.inIterable().atIndex(last.get(0)).addConstraintViolation();
    } else if (closed != null) {
      closed.addConstraintViolation();
    } else {
      open.addConstraintViolation();
    }
  }

  /** Attaches the finding as Hibernate Validator's dynamic payload, when HV is the provider. */
  private static final class HibernatePayload {
    private static final boolean PRESENT = present();

    static void attach(ConstraintValidatorContext context, Finding f) {
      if (!PRESENT) return;
      try {
        context.unwrap(org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext.class)
            .withDynamicPayload(f);
      } catch (jakarta.validation.ValidationException e) {
        // another provider: the violation still carries rule path and template, just no payload
      }
    }

    private static boolean present() {
      try {
        Class.forName("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext", false,
            DisclosureValidation.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException e) {
        return false;
      }
    }
  }
}
