package org.laurel.shared;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation run by a service instead of at the controller, so that a request's shape
 * problems and the service's own rules (window order, unique keys, form answers) come back
 * together in one 400: the person fixing a form sees every problem at once.
 */
@Singleton
public class RequestChecks {

    private final Validator validator;

    RequestChecks(Validator validator) {
        this.validator = validator;
    }

    public List<FieldError> check(Object request) {
        return validator.validate(request).stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage(), codeOf(v)))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /** What kind of problem a constraint reports, for screens to word it (see {@link FieldError}); null when none fits. */
    static String codeOf(ConstraintViolation<?> violation) {
        return switch (violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName()) {
            case "NotBlank", "NotNull", "NotEmpty" -> "required";
            case "Size" ->
                violation.getInvalidValue() instanceof CharSequence text
                                && violation
                                                .getConstraintDescriptor()
                                                .getAttributes()
                                                .get("max")
                                        instanceof Integer max
                                && text.length() > max
                        ? "too-long"
                        : null;
            case "Email" -> "not-an-email";
            default -> null;
        };
    }

    /** The JSON path the client used ("formFields[2].key"), without Java method or parameter names. */
    public static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() == null
                    || node.getName().isEmpty()
                    || node.getName().startsWith("<")) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
