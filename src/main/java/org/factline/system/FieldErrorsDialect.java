package org.factline.system;

import java.util.Arrays;
import java.util.Set;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Every bound input ({@code th:field}) whose field has an error gets {@code aria-invalid="true"} and
 * {@code aria-describedby} pointing at its message ({@code fragments/forms :: errors}, id {@code <field>-error}),
 * so a screen reader reaches the message from the field, in every form, without a copy per field. It runs
 * before Spring's {@code th:field}, which removes the attribute it reads.
 */
class FieldErrorsDialect extends AbstractProcessorDialect {

    FieldErrorsDialect() {
        super("Factline field errors", "th", StandardDialect.PROCESSOR_PRECEDENCE - 1);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new InvalidField(dialectPrefix));
    }

    private static final class InvalidField extends AbstractAttributeTagProcessor {

        InvalidField(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "field", true, 0, false);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                IElementTagStructureHandler structureHandler) {
            if ("hidden".equalsIgnoreCase(tag.getAttributeValue("type"))) {
                return;
            }
            var status = FieldUtils.getBindStatus(context, attributeValue);
            if (!status.isError()) {
                return;
            }
            var message = status.getExpression() + "-error";
            var described = tag.getAttributeValue("aria-describedby");
            structureHandler.setAttribute("aria-invalid", "true");
            if (described == null || described.isBlank()) {
                structureHandler.setAttribute("aria-describedby", message);
            } else if (Arrays.stream(described.split("\\s+")).noneMatch(message::equals)) {
                structureHandler.setAttribute("aria-describedby", described + " " + message);
            }
        }
    }
}
