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
 * Two attributes for what listings repeat hundreds of times, written in Java instead of a {@code th:each}
 * with several expressions per item (every expression and loop variable goes through the request's
 * attributes):
 *
 * <ul>
 *   <li>{@code <th:block fl:choices="${options.speakers}" fl:selected="${filter.speaker}"/>} inside a
 *       {@code <select>} writes one {@code <option>} per {@link FilterChoice}, the selected one marked. The
 *       browse and search filters list every speaker and topic with a published claim, hundreds of them;
 *       as a loop they cost a search page more than its twenty results.
 *   <li>{@code <p fl:snippet="${item.snippet}">} writes a search snippet as its text, the words that
 *       matched in {@code <mark>}.
 * </ul>
 *
 * Everything written is escaped here: the text is then given to Thymeleaf as it is.
 */
class ReaderDialect extends AbstractProcessorDialect {

    static final String PREFIX = "fl";

    ReaderDialect() {
        super("Factline reader pages", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new ChoicesProcessor(dialectPrefix), new SnippetProcessor(dialectPrefix));
    }

    private static Object evaluate(ITemplateContext context, String expression) {
        return StandardExpressions.getExpressionParser(context.getConfiguration())
                .parseExpression(context, expression)
                .execute(context);
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
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
            var choices = evaluate(context, attributeValue);
            var selectedExpression = tag.getAttributeValue(prefix, "selected");
            var selected = selectedExpression == null ? null : evaluate(context, selectedExpression);
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
            structureHandler.replaceWith(options, false);
        }
    }

    private static final class SnippetProcessor extends AbstractAttributeTagProcessor {

        SnippetProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "snippet", true, StandardDialect.PROCESSOR_PRECEDENCE, true);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                IElementTagStructureHandler structureHandler) {
            if (!(evaluate(context, attributeValue) instanceof Iterable<?> pieces)) {
                throw new IllegalArgumentException("fl:snippet needs the pieces of a snippet: " + attributeValue);
            }
            var text = new StringBuilder();
            for (var item : pieces) {
                var piece = (ClaimCard.Snippet) item;
                if (piece.hit()) {
                    text.append("<mark>").append(escape(piece.text())).append("</mark>");
                } else {
                    text.append(escape(piece.text()));
                }
            }
            structureHandler.setBody(text, false);
        }
    }
}
