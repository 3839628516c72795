package org.laurel.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes object schemas that ship in the fabric8 kubernetes-model jars (6.x) as schema/kube-schema.json,
 * one per API group jar, read from the class path and merged. They describe every field of every kind (generated
 * from the Kubernetes Go types) but are written for Java code generation, so they are adjusted to validate YAML
 * the way the API server and kubectl do:
 * <ul>
 *   <li>strict: an object with declared properties accepts no other ones (fabric8 allows any, to keep them in a map);
 *   <li>IntOrString (ports, maxSurge) is an integer or a string; Quantity (768Mi, 500m) is a string or a number;
 *   <li>the Java generator's own keywords (javaType, existingJavaType, javaInterfaces, javaOmitEmpty) and its
 *       draft-3 style {@code "required": true} are dropped.
 * </ul>
 */
final class KubernetesSchemas {

    private final ObjectNode definitions;
    private final List<String> sources = new ArrayList<>();

    KubernetesSchemas() {
        definitions = DeployFiles.JSON.createObjectNode();
        try {
            Enumeration<URL> resources = getClass().getClassLoader().getResources("schema/kube-schema.json");
            while (resources.hasMoreElements()) {
                URL url = resources.nextElement();
                sources.add(url.toString());
                try (InputStream in = url.openStream()) {
                    JsonNode schema = DeployFiles.JSON.readTree(in);
                    schema.path("definitions").fields().forEachRemaining(e -> definitions.set(e.getKey(), e.getValue()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        definitions.fields().forEachRemaining(e -> {
            String javaType = e.getValue().path("javaType").asText(e.getValue().path("existingJavaType").asText());
            if (javaType.endsWith("IntOrString")) {
                e.setValue(anyOf("integer", "string"));
            } else if (javaType.endsWith("Quantity")) {
                e.setValue(anyOf("string", "number"));
            } else if (javaType.endsWith("Time")) {
                e.setValue(anyOf("string"));
            }
        });
        definitions.forEach(KubernetesSchemas::adjust);
    }

    List<String> sources() {
        return sources;
    }

    /** The definition whose apiVersion and kind defaults are these (e.g. apps/v1 Deployment). */
    Optional<String> definitionOf(String apiVersion, String kind) {
        Iterator<Map.Entry<String, JsonNode>> it = definitions.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode properties = e.getValue().path("properties");
            if (apiVersion.equals(properties.path("apiVersion").path("default").asText())
                    && kind.equals(properties.path("kind").path("default").asText())) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    JsonSchema schemaFor(String definition) {
        ObjectNode root = DeployFiles.JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.set("definitions", definitions);
        root.putArray("allOf").addObject().put("$ref", "#/definitions/" + definition);
        return SchemaValidation.schema(root, SpecVersion.VersionFlag.V7);
    }

    private static ObjectNode anyOf(String... types) {
        ObjectNode node = DeployFiles.JSON.createObjectNode();
        ArrayNode anyOf = node.putArray("anyOf");
        for (String type : types) {
            anyOf.addObject().put("type", type);
        }
        return node;
    }

    private static void adjust(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("javaType", "existingJavaType", "javaInterfaces", "javaOmitEmpty", "javaName"));
            if (object.path("required").isBoolean()) {
                object.remove("required");
            }
            if (object.has("properties") && object.path("additionalProperties").isBoolean()) {
                object.put("additionalProperties", false);
            }
            object.forEach(KubernetesSchemas::adjust);
        } else if (node instanceof ArrayNode array) {
            array.forEach(KubernetesSchemas::adjust);
        }
    }
}
