package org.factline.system;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import org.factline.shared.ControlCharacters;
import org.factline.shared.MultiLine;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form, on the desk and public, refuses a control character in any text field, beside the field and
 * with the form kept as typed (a NUL used to reach PostgreSQL and come back as the edit-conflict page, the
 * form lost). Line breaks and tabs are text in fields marked {@link MultiLine}. Forms are records validated
 * with {@code @Valid}; this validator runs after Bean Validation's, on the record's text components, the
 * texts of its lists and the records nested in it.
 */
@ControllerAdvice
class PlainTextForms {

    static final String CODE = "validation.controlCharacter";

    private static final Validator TEXT = new Validator() {

        @Override
        public boolean supports(Class<?> type) {
            return true; // records are checked, anything else is left alone
        }

        @Override
        public void validate(Object target, Errors errors) {
            check(target, "", errors);
        }
    };

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.addValidators(TEXT);
    }

    private static void check(Object value, String path, Errors errors) {
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (var component : value.getClass().getRecordComponents()) {
            var multiLine = component.isAnnotationPresent(MultiLine.class);
            var name = path + component.getName();
            var field = read(component, value);
            if (field instanceof Collection<?> items) {
                int i = 0;
                for (var item : items) {
                    checkValue(item, name + "[" + i++ + "]", multiLine, errors);
                }
            } else {
                checkValue(field, name, multiLine, errors);
            }
        }
    }

    private static void checkValue(Object value, String path, boolean multiLine, Errors errors) {
        if (value instanceof String text) {
            ControlCharacters.find(text, multiLine)
                    .ifPresent(found -> errors.rejectValue(path, CODE, found.arguments(), CODE));
        } else {
            check(value, path + ".", errors);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        // the forms are package-private records of their modules
        var accessor = component.getAccessor();
        ReflectionUtils.makeAccessible(accessor);
        return ReflectionUtils.invokeMethod(accessor, record);
    }
}
