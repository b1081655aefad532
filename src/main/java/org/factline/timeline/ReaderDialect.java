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

    /**
     * An attribute whose value is a list, written out as markup by {@link #write}: in place of the element,
     * or as its body.
     */
    private abstract static class ListProcessor extends AbstractAttributeTagProcessor {

        private final String prefix;
        private final boolean replacesElement;

        ListProcessor(String prefix, String attribute, boolean replacesElement) {
            super(TemplateMode.HTML, prefix, null, false, attribute, true, StandardDialect.PROCESSOR_PRECEDENCE, true);
            this.prefix = prefix;
            this.replacesElement = replacesElement;
        }

        @Override
        protected final void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                IElementTagStructureHandler structureHandler) {
            if (!(evaluate(context, attributeValue) instanceof Iterable<?> items)) {
                throw new IllegalArgumentException(attributeName + " needs a list: " + attributeValue + " is not one");
            }
            var markup = write(items, context, tag);
            if (replacesElement) {
                structureHandler.replaceWith(markup, false);
            } else {
                structureHandler.setBody(markup, false);
            }
        }

        /** The value of another attribute of this dialect on the same tag, evaluated; null when absent. */
        Object other(ITemplateContext context, IProcessableElementTag tag, String attribute) {
            var expression = tag.getAttributeValue(prefix, attribute);
            return expression == null ? null : evaluate(context, expression);
        }

        /** The markup, every value in it escaped: Thymeleaf writes it as it is. */
        abstract CharSequence write(Iterable<?> items, ITemplateContext context, IProcessableElementTag tag);
    }

    /** {@code fl:choices} (and {@code fl:selected}): the element is replaced by one option per choice. */
    private static final class ChoicesProcessor extends ListProcessor {

        ChoicesProcessor(String prefix) {
            super(prefix, "choices", true);
        }

        @Override
        CharSequence write(Iterable<?> items, ITemplateContext context, IProcessableElementTag tag) {
            var selected = other(context, tag, "selected");
            var options = new StringBuilder();
            Locale locale = context.getLocale();
            for (var item : items) {
                var choice = (FilterChoice) item;
                var key = choice.key();
                options.append("<option value=\"").append(escape(key)).append('"');
                if (selected != null && Objects.equals(key, selected.toString())) {
                    options.append(" selected");
                }
                options.append('>').append(escape(choice.getLabel(locale))).append("</option>");
            }
            return options;
        }
    }

    /** {@code fl:snippet}: the element's text becomes the snippet, its hits in {@code <mark>}. */
    private static final class SnippetProcessor extends ListProcessor {

        SnippetProcessor(String prefix) {
            super(prefix, "snippet", false);
        }

        @Override
        CharSequence write(Iterable<?> pieces, ITemplateContext context, IProcessableElementTag tag) {
            var text = new StringBuilder();
            for (var item : pieces) {
                var piece = (ClaimCard.Snippet) item;
                if (piece.hit()) {
                    text.append("<mark>").append(escape(piece.text())).append("</mark>");
                } else {
                    text.append(escape(piece.text()));
                }
            }
            return text;
        }
    }
}
