package org.laurel.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;

/** JSON Schema validation (networknt json-schema-validator), messages as plain strings. */
final class SchemaValidation {

    private SchemaValidation() {}

    static JsonSchema schema(JsonNode schema, SpecVersion.VersionFlag version) {
        // Formats are annotations here: Compose's "duration" (5s) is not ISO 8601, and Kubernetes has none to check.
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
        return JsonSchemaFactory.getInstance(version).getSchema(schema, config);
    }

    static List<String> errors(JsonSchema schema, JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
