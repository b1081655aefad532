package org.factline.timeline;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <th:block fl:choices="${options.speakers}" fl:selected="${filter.speaker}"/>} inside a
 * {@code <select>} writes one {@code <option>} per {@link FilterChoice}, the selected one marked. The browse
 * and search filters list every speaker and topic with a published claim, hundreds of them: as a
 * {@code th:each} with three expressions per option they cost a search page more than its twenty results.
 */
class FilterChoicesDialect extends AbstractProcessorDialect {

    static final String PREFIX = "fl";

    FilterChoicesDialect() {
        super("Factline filter choices", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new ChoicesProcessor(dialectPrefix));
    }

    private static final class ChoicesProcessor extends AbstractAttributeTagProcessor {

        private final String prefix;

        ChoicesProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "choices", true, StandardDialect.PROCESSOR_PRECEDENCE, true);
            this.prefix = prefix;
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                IElementTagStructureHandler structureHandler) {
            var parser = StandardExpressions.getExpressionParser(context.getConfiguration());
            var choices = parser.parseExpression(context, attributeValue).execute(context);
            var selectedExpression = tag.getAttributeValue(prefix, "selected");
            var selected = selectedExpression == null
                    ? null
                    : parser.parseExpression(context, selectedExpression).execute(context);
            if (!(choices instanceof Iterable<?> items)) {
                throw new IllegalArgumentException(
                        "fl:choices needs a list of filter choices, not " + attributeValue + " = " + choices);
            }
            var options = new StringBuilder();
            Locale locale = context.getLocale();
            for (var item : items) {
                var choice = (FilterChoice) item;
                var key = choice.key();
                options.append("<option value=\"").append(escape(key)).append('"');
                if (selected != null && Objects.equals(key, selected.toString())) {
                    options.append(" selected");
                }
                options.append('>').append(escape(choice.label(locale))).append("</option>");
            }
            // the text is written as it is: every value in it has been escaped above
            structureHandler.replaceWith(options, false);
        }

        private static String escape(String text) {
            return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
        }
    }
}
