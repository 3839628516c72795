package org.laurel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The problem catalogue ({@link ProblemType}) and the code agree: every type the server can send
 * is catalogued, and every catalogued type is still sent somewhere. Types are found in the main
 * sources at each place a problem is made: {@code new ProblemException.X("type", ...)},
 * {@code super("type", ...)} or {@code super(HttpStatus.X, "type", ...)} in a problem class,
 * {@code Problems.response(HttpStatus.X, "type", ...)}, {@code new TooManyRequests("type", ...)},
 * and a module's own helper declared as {@code ProblemException name(String type, ...)}.
 * Framework errors get their type from {@link Problems#typeFor}, checked for every status.
 */
class ProblemTypeTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern STATUS_ARGUMENT =
            Pattern.compile("\\s*(?:io\\.micronaut\\.http\\.)?HttpStatus\\.\\w+\\s*");
    private static final Pattern HELPER = Pattern.compile("ProblemException\\s+(\\w+)\\s*\\(\\s*String\\s+type\\b");

    @Test
    void everyTypeTheCodeSendsIsCatalogued() {
        Map<String, Set<String>> sent = typesInSources();
        Map<String, Set<String>> missing = new TreeMap<>(sent);
        missing.keySet().removeIf(slug -> ProblemType.ofSlug(slug).isPresent());
        assertThat(missing)
                .as("problem types sent but not catalogued in shared/ProblemType.java (type -> files)")
                .isEmpty();
    }

    @Test
    void everyCataloguedTypeIsStillSent() {
        Set<String> sent = new TreeSet<>(typesInSources().keySet());
        for (HttpStatus status : HttpStatus.values()) {
            if (status.getCode() >= 400) {
                sent.add(Problems.typeFor(status));
            }
        }
        List<String> unused = Arrays.stream(ProblemType.values())
                .filter(type -> type != ProblemType.HTTP_STATUS)
                .map(ProblemType::slug)
                .filter(slug -> !sent.contains(slug))
                .toList();
        assertThat(unused)
                .as("catalogued problem types that no code sends any more")
                .isEmpty();
    }

    @Test
    void everyFrameworkStatusHasACataloguedType() {
        for (HttpStatus status : HttpStatus.values()) {
            if (status.getCode() >= 400) {
                assertThat(ProblemType.ofSlug(Problems.typeFor(status)))
                        .as(status.name())
                        .isPresent();
            }
        }
    }

    /** Guards the scanner itself: each way of making a problem is recognised. */
    @Test
    void theScannerFindsEveryShapeOfProblem() {
        assertThat(typesInSources())
                .containsKeys(
                        "entry-not-found", // super("...") in a module's problem class
                        "bad-credentials", // super(HttpStatus.X, "...")
                        "scoring-closed", // new ProblemException.Conflict("...")
                        "unsupported-charset", // Problems.response(HttpStatus.X, "...")
                        "login-throttled",
                        "registration-throttled", // new TooManyRequests(a ? "..." : "...")
                        "no-current-slot", // a module's helper: conflict("...")
                        "validation"); // ProblemException.Invalid's own type
    }

    @Test
    void everyTypeHasAStatusAndAMeaning() {
        for (ProblemType type : ProblemType.values()) {
            assertThat(type.meaning()).as(type.name()).isNotBlank();
            assertThat(type.uri()).isEqualTo(Problems.TYPE_BASE + type.slug());
            if (type != ProblemType.HTTP_STATUS) {
                assertThat(type.status()).as(type.name()).isBetween(400, 599);
                assertThat(type.slug()).matches(SLUG);
            }
        }
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug).collect(Collectors.toSet()))
                .hasSize(ProblemType.values().length);
    }

    /** The document the server publishes (written when the backend compiles) lists every type. */
    @Test
    void theOpenApiDocumentListsEveryTypeAndItsMeanings() throws IOException {
        Path swagger = Path.of("target/classes/META-INF/swagger");
        String document;
        try (Stream<Path> files = Files.list(swagger)) {
            document = Files.readString(
                    files.filter(f -> f.toString().endsWith(".yml")).findFirst().orElseThrow());
        }
        assertThat(document)
                .contains(
                        "    Problem:",
                        "application/problem+json",
                        "$ref: \"#/components/schemas/ProblemType\"",
                        "x-enum-descriptions:");
        for (ProblemType type : ProblemType.values()) {
            // YAML quotes a value with braces (the http-{status} family).
            assertThat(document.contains("- " + type.uri() + "\n") || document.contains("- \"" + type.uri() + "\"\n"))
                    .as(type.uri())
                    .isTrue();
        }
    }

    // ---- the scan ---------------------------------------------------------------------------------

    private static Map<String, Set<String>> typesInSources() {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (String slug : typesIn(source)) {
                    found.computeIfAbsent(slug, s -> new TreeSet<>())
                            .add(MAIN.relativize(file).toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    static Set<String> typesIn(String source) {
        List<String> openers = new ArrayList<>(
                List.of("new\\s+ProblemException\\.\\w+", "new\\s+TooManyRequests", "Problems\\.(?:response|body)"));
        if (source.contains("ProblemException") || source.contains("TooManyRequests")) {
            openers.add("\\bsuper");
        }
        Matcher helper = HELPER.matcher(source);
        while (helper.find()) {
            openers.add("\\b" + helper.group(1));
        }
        Set<String> types = new TreeSet<>();
        Matcher call =
                Pattern.compile("(?:" + String.join("|", openers) + ")\\s*\\(").matcher(source);
        while (call.find()) {
            List<String> arguments = arguments(source, call.end());
            if (arguments.isEmpty()) {
                continue;
            }
            String type = arguments.size() > 1
                            && STATUS_ARGUMENT.matcher(arguments.get(0)).matches()
                    ? arguments.get(1)
                    : arguments.get(0);
            Matcher literal = LITERAL.matcher(type);
            while (literal.find()) {
                if (SLUG.matcher(literal.group(1)).matches()) {
                    types.add(literal.group(1));
                }
            }
        }
        return types;
    }

    /** The top-level arguments of the call whose argument list starts at {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, Math.min(end + 1, source.length()));
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    arguments.add(current.toString());
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return arguments;
    }
}
