package org.laurel;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.repository.GenericRepository;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Feature modules talk through services and events, never through each other's persistence. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.laurel");

    private static String moduleOf(JavaClass c) {
        String rest = c.getPackageName().substring("org.laurel".length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
    }

    private static final DescribedPredicate<JavaClass> PERSISTENCE = new DescribedPredicate<>("a repository or entity") {
        @Override
        public boolean test(JavaClass c) {
            return c.isAssignableTo(GenericRepository.class) || c.isAnnotatedWith(MappedEntity.class);
        }
    };

    @Test
    void noModuleReachesIntoAnotherModulesRepositoriesOrEntities() {
        classes().should(new ArchCondition<JavaClass>("use only their own module's repositories and entities") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    if (target.getPackageName().startsWith("org.laurel") && PERSISTENCE.test(target)
                            && !moduleOf(target).equals(moduleOf(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        }).check(MAIN);
    }

    @Test
    void repositoriesAndEntitiesAreNotPublic() {
        classes().that(PERSISTENCE).and().resideInAPackage("org.laurel..")
                .and().haveSimpleNameNotStartingWith("$").and().haveSimpleNameNotContaining("$")
                .should().notBePublic().check(MAIN);
    }

    @Test
    void sharedDependsOnNoFeatureModule() {
        noClasses().that().resideInAPackage("org.laurel.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.laurel.identity..", "org.laurel.programs..",
                        "org.laurel.entries..", "org.laurel.judging..", "org.laurel.roadshow..", "org.laurel.results..",
                        "org.laurel.audit..", "org.laurel.demo..", "org.laurel.notifications..")
                .check(MAIN);
    }
}
