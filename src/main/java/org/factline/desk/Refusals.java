package org.factline.desk;

import java.util.Map;
import org.factline.shared.WorkflowException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Shows a service's refusal on the form that asked for the step: next to the fields it names, or at the top. */
final class Refusals {

    private Refusals() {}

    static void show(WorkflowException refusal, BindingResult result) {
        show(refusal, result, Map.of());
    }

    /** @param formFields the form's name for a field the service calls otherwise */
    static void show(WorkflowException refusal, BindingResult result, Map<String, String> formFields) {
        if (refusal.getFieldErrors().isEmpty()) {
            result.reject(refusal.getMessageKey());
            return;
        }
        for (var error : refusal.getFieldErrors()) {
            var field = formFields.getOrDefault(error.field(), error.field());
            try {
                result.rejectValue(field, error.messageKey());
            } catch (NotReadablePropertyException e) {
                result.reject(error.messageKey());
            }
        }
    }
}
