package org.laurel.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository's deployment files, and YAML read as the tools read it (anchors and merge keys resolved). */
final class DeployFiles {

    static final Path REPO = Path.of(System.getProperty("laurel.repo", "../.."))
            .toAbsolutePath()
            .normalize();
    static final ObjectMapper JSON = new ObjectMapper();

    private DeployFiles() {}

    static Path deploy(String relative) {
        return REPO.resolve("deploy").resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a YAML file, as JSON trees (SnakeYAML: merge keys "<<" are applied, as Compose does). */
    static List<JsonNode> yamlDocuments(Path file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<JsonNode> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object document : yaml.loadAll(reader)) {
                if (document != null) {
                    documents.add(JSON.valueToTree(document));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static JsonNode yaml(Path file) {
        List<JsonNode> documents = yamlDocuments(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + " holds " + documents.size() + " YAML documents, expected 1");
        }
        return documents.get(0);
    }

    /** Memory quantities as Kubernetes and Compose write them (768Mi, 768M, 1G, 512m for Compose), in bytes. */
    static long bytes(String quantity) {
        var m = java.util.regex.Pattern.compile("(\\d+)([KMGkmg]i?)?[bB]?").matcher(quantity.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a memory quantity: " + quantity);
        }
        long value = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toUpperCase().replace("I", "");
        // Compose's M is MiB; Kubernetes' M is 10^6. The difference does not matter for the budgets checked here.
        return switch (unit) {
            case "K" -> value << 10;
            case "M" -> value << 20;
            case "G" -> value << 30;
            default -> value;
        };
    }
}
