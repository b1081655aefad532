package org.factline.shared;

import java.util.List;
import java.util.Map;

/**
 * An editorial step that is not allowed now (publishing one's own verdict, editing a published one).
 * The message key names the explanation shown to the editor, in their language. When the refusal is
 * about particular inputs, {@link #getFieldErrors()} names them (by the request's field names), so a
 * form can show each message next to its field.
 */
public class WorkflowException extends RuntimeException {

    private final String messageKey;
    private final List<FieldError> fieldErrors;

    public WorkflowException(String messageKey) {
        this(messageKey, List.of());
    }

    private WorkflowException(String messageKey, List<FieldError> fieldErrors) {
        super(messageKey);
        this.messageKey = messageKey;
        this.fieldErrors = fieldErrors;
    }

    /** A refusal about one input. */
    public static WorkflowException onField(String field, String messageKey) {
        return new WorkflowException(messageKey, List.of(new FieldError(field, messageKey)));
    }

    /** A refusal about several inputs at once (message keys by field, in the order to show them). */
    public static WorkflowException onFields(Map<String, String> messageKeysByField) {
        var errors = messageKeysByField.entrySet().stream()
                .map(e -> new FieldError(e.getKey(), e.getValue()))
                .toList();
        return new WorkflowException(errors.get(0).messageKey(), errors);
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The inputs the refusal is about; empty when it is about the step as a whole. */
    public List<FieldError> getFieldErrors() {
        return fieldErrors;
    }

    public record FieldError(String field, String messageKey) {}
}
