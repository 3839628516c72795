package org.laurel.shared;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The framework's own refusals (a path id that is not a number, an unknown enum constant, a body
 * of the wrong shape) in plain words. Their raw messages name Java types, packages and parser
 * features ("No enum constant org.laurel...", "Cannot deserialize value of type `java.lang.Long`");
 * clients get "must be one of: MEAN, MEDIAN" instead, and anything still unrecognised falls back
 * to a plain sentence rather than leaking.
 */
final class FrameworkMessages {

    private static final Pattern ONE_OF = Pattern.compile("Expected one of \\[([^\\]]*)\\]");
    private static final Pattern TYPE =
            Pattern.compile("Cannot deserialize value of type `([^`]+)`(?!.*Cannot deserialize value of type)");
    /** What must never reach a client: Java names, parser internals, SQL. */
    private static final Pattern LEAK = Pattern.compile(
            "[a-z]+\\.[a-z]+\\.[A-Za-z]|`|Exception|Feature|java|jackson|SQL|\\bat \\[Source|line: \\d+",
            Pattern.CASE_INSENSITIVE);

    private FrameworkMessages() {}

    /** The field a conversion error concerns, as the client named it; a body error concerns the body. */
    static String field(String path, String message) {
        String p = path.startsWith("/") ? path.substring(1).replace('/', '.') : path;
        if (message != null
                && (message.contains("deserializ")
                        || message.contains("Expected one of")
                        || message.contains("JSON")
                        || message.contains("Source:")
                        || message.contains("finite number"))) {
            return p.startsWith("request.") ? p.substring("request.".length()) : "body";
        }
        return p.startsWith("request.") ? p.substring("request.".length()) : p;
    }

    static String plain(String message, Throwable cause) {
        if (message == null) {
            return "could not be read";
        }
        String reason = message.contains("due to: ") ? message.substring(message.indexOf("due to: ") + 8) : message;
        Matcher oneOf = ONE_OF.matcher(reason);
        if (oneOf.find()) {
            return "must be one of: " + oneOf.group(1);
        }
        if (reason.contains("No enum constant")) {
            List<String> constants = enumConstants(cause);
            return constants.isEmpty()
                    ? "is not one of the allowed values"
                    : "must be one of: " + String.join(", ", constants);
        }
        if (reason.contains("finite number")
                || reason.contains("'NaN'")
                || reason.contains("'Infinity'")
                || reason.contains("'-Infinity'")
                || reason.contains("'+Infinity'")) {
            return FiniteNumbers.NOT_FINITE;
        }
        if (reason.contains("out of range") || reason.contains("too long") || reason.contains("exceeds")) {
            return "is out of range";
        }
        Matcher type = TYPE.matcher(reason.replace('\n', ' '));
        if (reason.contains("coerce string to integer")
                || reason.contains("For input string")
                || reason.contains("to integer")) {
            return "must be a whole number";
        }
        if (reason.contains("coerce string to double") || reason.contains("to double")) {
            return "must be a number";
        }
        if (type.find()) {
            return expected(type.group(1));
        }
        if (reason.contains("Unexpected character")
                || reason.contains("Unexpected end-of-input")
                || reason.contains("Unrecognized token")
                || reason.contains("was expecting")
                || reason.contains("Illegal")
                || reason.contains("Invalid UTF")) {
            return "is not valid JSON";
        }
        if (cause instanceof ConversionErrorException conversion && conversion.getArgument() != null) {
            Class<?> target = conversion.getArgument().getType();
            if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
                return target == Double.class || target == double.class ? "must be a number" : "must be a whole number";
            }
        }
        return LEAK.matcher(reason).find() ? "could not be read" : reason;
    }

    private static String expected(String javaType) {
        String t = javaType.replaceAll("<.*", "");
        return switch (t) {
            case "java.lang.Long", "long", "java.lang.Integer", "int", "java.lang.Short", "short" ->
                "must be a whole number";
            case "java.lang.Double", "double", "java.lang.Float", "float", "java.math.BigDecimal" -> "must be a number";
            case "java.lang.Boolean", "boolean" -> "must be true or false";
            case "java.lang.String" -> "must be text";
            case "java.util.List", "java.util.Set", "java.util.Collection" -> "must be a list";
            case "java.util.Map" -> "must be an object";
            default ->
                t.startsWith("java.time.")
                        ? "must be a date and time such as 2030-01-31T09:00:00Z"
                        : "must be an object of the documented shape";
        };
    }

    private static List<String> enumConstants(Throwable cause) {
        if (cause instanceof ConversionErrorException conversion
                && conversion.getArgument() != null
                && conversion.getArgument().getType().isEnum()) {
            return Arrays.stream(conversion.getArgument().getType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.toList());
        }
        return List.of();
    }
}
