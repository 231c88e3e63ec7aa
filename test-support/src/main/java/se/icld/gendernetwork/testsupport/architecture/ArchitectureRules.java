package se.icld.gendernetwork.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The boundaries every module of the system keeps, for a module's {@code ArchitectureTest} to extend:
 * ArchUnit runs these inherited rules on the classes the subclass's {@code @AnalyzeClasses} imports.
 * The module adds its own rules, typically {@link #plainJava} for its domain rules.
 */
public abstract class ArchitectureRules {

    private static final String ROOT = "se.icld.gendernetwork.";
    private static final List<String> SERVICES = List.of("intake", "review", "notification");
    private static final String[] KAFKA = {"org.apache.kafka..", "org.springframework.kafka..",
            "org.springframework.cloud.stream.."};

    /** Kafka and its Spring bindings stay in the messaging packages (the adapters, or the kit). */
    @ArchTest
    static final ArchRule onlyMessagingTalksKafka = noClasses().that().resideOutsideOfPackage("..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage(KAFKA);

    /** A service reaches the others through the contracts only; code of no service reaches none of them. */
    @ArchTest
    static final ArchRule otherServicesOnlyThroughContracts = classes().should(dependOnNoOtherService());

    /**
     * Lombok writes constructors at compile time and leaves nothing in the classes (lombok.config at
     * the root): no jar needs it at run time and the domain rules stay plain Java.
     */
    @ArchTest
    static final ArchRule nothingOfLombokAtRunTime = noClasses().should().dependOnClassesThat().resideInAPackage("lombok..");

    protected ArchitectureRules() {
    }

    /** The classes named (fully qualified) are plain Java: no Spring, no Kafka, so their rules are unit-tested. */
    protected static ArchRule plainJava(String... classNames) {
        Set<String> names = Set.of(classNames);
        DescribedPredicate<JavaClass> named = DescribedPredicate.describe("are " + String.join(", ", classNames),
                type -> names.contains(type.getName()));
        return noClasses().that(named).should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..");
    }

    /** Every class of the package (its top level only, as ArchUnit's {@code resideInAPackage}) is plain Java. */
    protected static ArchRule plainJavaPackage(String packageIdentifier) {
        return noClasses().that().resideInAPackage(packageIdentifier)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..");
    }

    private static ArchCondition<JavaClass> dependOnNoOtherService() {
        return new ArchCondition<>("depend on no other service than their own (" + String.join(", ", SERVICES) + ")") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = serviceOf(item);
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = serviceOf(dependency.getTargetClass().getBaseComponentType());
                    if (target != null && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String serviceOf(JavaClass type) {
        String name = type.getPackageName();
        return SERVICES.stream().filter(s -> name.equals(ROOT + s) || name.startsWith(ROOT + s + "."))
                .findFirst().orElse(null);
    }
}
