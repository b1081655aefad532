package org.factline.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives a held form back ({@link SignedOutForms}): on the page it was posted from, opened with
 * {@code ?restore=<id>} by the person it is held for, the page's form that the held fields fit best is
 * replaced by one bound from them, as if the post had been shown back with its values, so the editor
 * finds what they typed and saves it. Nothing is saved by this: saving stays the editor's own act.
 *
 * <p>Every form of the desk is a record bound by its components' names; the page's form whose components
 * take the most of the held fields is the one that was posted.
 */
class HeldFormRestorer implements HandlerInterceptor {

    static final String RESTORED_MESSAGE = "heldForm.restored";
    static final String GONE_MESSAGE = "heldForm.gone";

    private final HeldForms held;
    private final ObjectProvider<FormattingConversionService> conversions;

    HeldFormRestorer(HeldForms held, ObjectProvider<FormattingConversionService> conversions) {
        this.held = held;
        this.conversions = conversions;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        var restore = request.getParameter(SignedOutForms.RESTORE);
        if (page == null
                || restore == null
                || !"GET".equals(request.getMethod())
                || request.getUserPrincipal() == null
                || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            return;
        }
        var fields = id(restore)
                .flatMap(id -> held.take(id, request.getUserPrincipal().getName()));
        if (fields.isEmpty()) {
            page.addObject("error", GONE_MESSAGE);
            return;
        }
        var model = page.getModel();
        String best = null;
        long fit = 0;
        for (var attribute : model.entrySet()) {
            var value = attribute.getValue();
            if (value != null
                    && value.getClass().isRecord()
                    && !attribute.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)) {
                var fits = fits(value.getClass(), fields.get().keySet());
                if (fits > fit) {
                    best = attribute.getKey();
                    fit = fits;
                }
            }
        }
        if (best == null) {
            page.addObject("error", GONE_MESSAGE);
            return;
        }
        var binder = new WebDataBinder(null, best);
        binder.setTargetType(ResolvableType.forClass(model.get(best).getClass()));
        binder.setConversionService(conversions.getObject());
        binder.construct(new HeldValues(fields.get()));
        if (binder.getTarget() == null) {
            page.addObject("error", GONE_MESSAGE);
            return;
        }
        page.addObject(best, binder.getTarget());
        page.addObject(BindingResult.MODEL_KEY_PREFIX + best, binder.getBindingResult());
        page.addObject("message", RESTORED_MESSAGE);
    }

    /** How many of the held fields are components of the record type (a field "links[0].url" counts as "links"). */
    private static long fits(Class<?> type, Set<String> fields) {
        var components = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        return fields.stream()
                .map(name -> name.startsWith("_") || name.startsWith("!") ? name.substring(1) : name)
                .map(name -> name.split("[.\\[]", 2)[0])
                .filter(components::contains)
                .count();
    }

    private static Optional<UUID> id(String restore) {
        try {
            return Optional.of(UUID.fromString(restore));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The held fields as the binder asks for them, by name. */
    private record HeldValues(Map<String, List<String>> fields) implements DataBinder.ValueResolver {

        @Override
        public Object resolveValue(String name, Class<?> type) {
            var values = fields.get(name);
            if (values == null) {
                return null;
            }
            return values.size() == 1 ? values.get(0) : values.toArray(String[]::new);
        }

        @Override
        public Set<String> getNames() {
            return fields.keySet();
        }
    }
}
