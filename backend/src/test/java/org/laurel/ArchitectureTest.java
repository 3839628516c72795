package org.laurel;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.repository.GenericRepository;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Module rules. A module is a package directly under {@code org.laurel}; the list is read from the compiled classes,
 * so a new module is guarded the day it appears. Modules talk through services and events, never through each
 * other's persistence, and the dependencies between them form no cycle.
 *
 * <p>A dependency is anything in the byte code (calls, fields, parameters, annotations) plus the type arguments of
 * field, parameter and return types: a {@code BeanProvider<AuditTrail>} or {@code Provider<EventLog>} injected to
 * break a construction cycle still depends on the module of {@code AuditTrail} or {@code EventLog}, and so does a
 * {@code List<Entry>}.
 */
class ArchitectureTest {

    private static final String ROOT = "org.laurel";

    /** The module that every other may use and that itself uses none. */
    private static final String SHARED = "shared";

    /**
     * Module edges ("from -> to") that close a cycle on main today, frozen so that the rule guards every other edge
     * now. Delete an entry once its cycle is gone: the test fails on an entry that no longer closes a cycle, so this
     * list can only shrink.
     */
    private static final Set<String> KNOWN_CYCLE_EDGES = Set.of();

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** from module -> to module -> the class-level dependencies behind that edge. */
    private static final SortedMap<String, SortedMap<String, SortedSet<String>>> GRAPH = moduleGraph();

    @Test
    void modulesAreDerivedFromThePackages() {
        assertThat(modules()).contains("audit", "entries", "identity", "judging", "live", "programs", SHARED);
    }

    @Test
    void modulesDependOnEachOtherWithoutCycles() {
        Map<String, SortedMap<String, SortedSet<String>>> withoutKnown = new TreeMap<>();
        GRAPH.forEach((from, targets) -> {
            SortedMap<String, SortedSet<String>> kept = new TreeMap<>(targets);
            kept.keySet().removeIf(to -> KNOWN_CYCLE_EDGES.contains(from + " -> " + to));
            withoutKnown.put(from, kept);
        });
        List<String> report = new ArrayList<>();
        for (Set<String> cycle : cycles(withoutKnown)) {
            report.add("cycle between " + cycle + ":");
            cycle.forEach(from -> withoutKnown.get(from).forEach((to, evidence) -> {
                if (cycle.contains(to)) {
                    report.add("  " + from + " -> " + to + ": " + evidence);
                }
            }));
        }
        assertThat(report).as("module dependency cycles").isEmpty();
    }

    @Test
    void everyFrozenCycleEdgeStillClosesACycle() {
        List<Set<String>> cycles = cycles(GRAPH);
        List<String> stale = KNOWN_CYCLE_EDGES.stream()
                .filter(edge -> {
                    String[] ends = edge.split(" -> ");
                    return cycles.stream().noneMatch(c -> c.contains(ends[0]) && c.contains(ends[1]))
                            || !GRAPH.getOrDefault(ends[0], new TreeMap<>()).containsKey(ends[1]);
                })
                .sorted()
                .toList();
        assertThat(stale)
                .as("KNOWN_CYCLE_EDGES entries whose cycle is gone: delete them")
                .isEmpty();
    }

    @Test
    void anInjectedProviderDependsOnTheModuleOfWhatItProvides() {
        JavaClass holder = new ClassFileImporter().importClass(ProviderHolder.class);
        assertThat(dependencies(holder))
                .extracting(JavaClass::getName)
                .contains(org.laurel.audit.AuditTrail.class.getName(), org.laurel.events.EventLog.class.getName());
    }

    /** Holds providers and never calls them: only the type arguments tie it to audit and events. */
    @SuppressWarnings("unused")
    static final class ProviderHolder {
        private io.micronaut.context.BeanProvider<org.laurel.audit.AuditTrail> trail;

        ProviderHolder(jakarta.inject.Provider<org.laurel.events.EventLog> log) {}
    }

    @Test
    void noModuleReachesIntoAnotherModulesPersistence() {
        List<String> violations = new ArrayList<>();
        for (JavaClass origin : mainClasses()) {
            for (JavaClass target : dependencies(origin)) {
                if (isPersistence(target) && !moduleOf(target).equals(moduleOf(origin))) {
                    violations.add(origin.getName() + " -> " + target.getName());
                }
            }
        }
        assertThat(violations)
                .as("uses of another module's repositories or entities")
                .isEmpty();
    }

    @Test
    void repositoriesAndEntitiesAreNotPublic() {
        List<String> publicOnes = mainClasses().stream()
                .filter(ArchitectureTest::isPersistence)
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getName)
                .sorted()
                .toList();
        assertThat(publicOnes).as("public repositories or entities").isEmpty();
    }

    @Test
    void sharedDependsOnNoOtherModule() {
        assertThat(GRAPH.getOrDefault(SHARED, new TreeMap<>()))
                .as("dependencies of " + SHARED)
                .isEmpty();
    }

    // --- the module graph -------------------------------------------------------------------------------------------

    private static SortedSet<String> modules() {
        return mainClasses().stream()
                .map(ArchitectureTest::moduleOf)
                .filter(m -> !m.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The application's own classes, without what Micronaut generates beside them ($Xxx$Definition, ...). */
    private static List<JavaClass> mainClasses() {
        return MAIN.stream()
                .filter(c -> c.getPackageName().startsWith(ROOT))
                .filter(c -> !c.getName().contains(".$") && !c.getSimpleName().startsWith("$"))
                .toList();
    }

    private static String moduleOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return "";
        }
        return pkg.substring(ROOT.length() + 1).split("\\.")[0];
    }

    private static SortedMap<String, SortedMap<String, SortedSet<String>>> moduleGraph() {
        SortedMap<String, SortedMap<String, SortedSet<String>>> graph = new TreeMap<>();
        for (JavaClass origin : mainClasses()) {
            String from = moduleOf(origin);
            if (from.isEmpty()) {
                continue; // the application class itself
            }
            graph.computeIfAbsent(from, k -> new TreeMap<>());
            for (JavaClass target : dependencies(origin)) {
                String to = moduleOf(target);
                if (!to.isEmpty() && !to.equals(from)) {
                    graph.get(from)
                            .computeIfAbsent(to, k -> new TreeSet<>())
                            .add(origin.getSimpleName() + " -> " + target.getSimpleName());
                }
            }
        }
        return graph;
    }

    /** Byte-code dependencies plus the type arguments of declared types (BeanProvider&lt;X&gt;, List&lt;X&gt;). */
    private static Set<JavaClass> dependencies(JavaClass origin) {
        Set<JavaClass> targets = new HashSet<>();
        origin.getDirectDependenciesFromSelf().forEach(d -> targets.add(d.getTargetClass()));
        for (JavaField field : origin.getFields()) {
            targets.addAll(field.getType().getAllInvolvedRawTypes());
        }
        for (JavaCodeUnit unit : origin.getCodeUnits()) {
            for (JavaParameter parameter : unit.getParameters()) {
                targets.addAll(parameter.getType().getAllInvolvedRawTypes());
            }
            if (unit instanceof JavaMethod method) {
                targets.addAll(method.getReturnType().getAllInvolvedRawTypes());
            }
        }
        targets.removeIf(t -> !t.getPackageName().startsWith(ROOT));
        return targets;
    }

    /**
     * A repository, a mapped entity or embeddable, or one of the *Repositories holder classes (and whatever they
     * nest): what stays inside its module.
     */
    private static boolean isPersistence(JavaClass c) {
        JavaClass outermost = c;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return c.isAssignableTo(GenericRepository.class)
                || c.isAnnotatedWith(MappedEntity.class)
                || c.isAnnotatedWith(Embeddable.class)
                || outermost.getSimpleName().endsWith("Repositories");
    }

    /** The strongly connected groups of more than one module (Tarjan), each a set of modules in a cycle. */
    private static List<Set<String>> cycles(Map<String, ? extends Map<String, ?>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> result = new ArrayList<>();
        int[] next = {0};
        for (String node : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, result, next);
            }
        }
        return result;
    }

    private static void connect(
            String node,
            Map<String, ? extends Map<String, ?>> graph,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            Set<String> onStack,
            List<Set<String>> result,
            int[] next) {
        index.put(node, next[0]);
        low.put(node, next[0]);
        next[0]++;
        stack.push(node);
        onStack.add(node);
        Map<String, ?> targets = graph.get(node);
        for (String to : targets == null ? Set.<String>of() : targets.keySet()) {
            if (!index.containsKey(to)) {
                connect(to, graph, index, low, stack, onStack, result, next);
                low.put(node, Math.min(low.get(node), low.get(to)));
            } else if (onStack.contains(to)) {
                low.put(node, Math.min(low.get(node), index.get(to)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            SortedSet<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                result.add(component);
            }
        }
    }
}
