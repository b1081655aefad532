package org.factline.desk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.factline.desk.RecordWording.Words;
import org.factline.shared.EditConflictException;
import org.factline.shared.Revision;
import org.factline.shared.ThreeWayMerge;
import org.factline.shared.ThreeWayMerge.Outcome;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.DataBinder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saves a desk edit form without ever writing back a field the editor did not touch. The form carries the
 * revision of the record the editor started from ({@value #REVISION}, a hidden field); if someone saved
 * the record since, that revision's state is read from the audit history and merged field by field with
 * what they saved and what the editor typed ({@link ThreeWayMerge}). Disjoint changes are saved at once,
 * and the editor is told whose changes were kept; fields both changed differently go to the conflict page,
 * which shows, field by field, what the editor started from, what was saved (by whom, when) and theirs,
 * and asks to choose. That page posts back as the form, from the revision it showed, so a save made
 * while it was open is merged (or asked about) in turn.
 */
@Component
class EditMerges {

    static final String VIEW = "desk/conflict";

    /** The edit form's hidden field: the revision of the record the editor started from. */
    static final String REVISION = "revision";

    /** The conflict page's fields to choose (comma-separated), and each one's value as the editor typed it. */
    static final String CHOOSE = "choose";

    static final String YOURS = "yours_";

    /** The conflict page's first starting point, to show the page again when a choice is missing. */
    static final String STARTED = "started";

    /** Saves that raced in between a merge and its save are merged again, this many times at most. */
    private static final int ATTEMPTS = 3;

    /**
     * One desk edit form and the record it edits.
     *
     * @param record what the form edits, as {@link RecordWording} names it ({@code claim}, {@code source} …)
     * @param fields the inputs the merge compares, in the form's order ({@code version} is not one of them)
     * @param latestRevision the record's latest revision, read before {@code current} so it is never newer
     * @param current the form as the record is now, with its version
     * @param at the form as the record was at a revision, if that revision holds it
     * @param save saves a form; throws {@link EditConflictException} or {@link OptimisticLockingFailureException}
     *     when its version is not the record's, {@link org.factline.shared.WorkflowException} on a refusal
     * @param action where the form posts
     * @param done where the editor goes once it is saved, or to drop their changes
     * @param saved the message key saying it was saved
     */
    record Edit<F extends Record>(
            String record,
            Class<F> type,
            List<FormField> fields,
            Supplier<Optional<Revision>> latestRevision,
            Supplier<F> current,
            IntFunction<Optional<F>> at,
            Consumer<F> save,
            String action,
            String done,
            String saved) {}

    /** What the conflict page shows, field by field, and what it posts back. */
    record Conflict(
            String action,
            String back,
            String who,
            Instant at,
            boolean startKnown,
            boolean unchosen,
            List<Row> choices,
            List<Row> merged,
            Map<String, String> hidden) {}

    /**
     * One field on the three sides: its label, its values in words ({@code base} null when unknown) and as
     * the form posts them ({@code …Value}).
     */
    record Row(
            String name,
            String label,
            Outcome outcome,
            Words base,
            Words theirs,
            Words mine,
            String theirsValue,
            String mineValue) {}

    private final RecordWording wording;
    private final MessageSource messages;
    private final ConversionService conversions;

    EditMerges(
            RecordWording wording,
            MessageSource messages,
            @Qualifier("mvcConversionService") ConversionService conversions) {
        this.wording = wording;
        this.messages = messages;
        this.conversions = conversions;
    }

    /**
     * Saves a valid form and redirects; on a stale version merges and saves, or shows the conflict page
     * (409). A refusal of the service is thrown for the controller to show on its form.
     */
    <F extends Record> String save(
            Edit<F> edit,
            F form,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var mine = values(edit, form);
        var unchosen = new ArrayList<String>();
        var choose = request.getParameter(CHOOSE);
        if (choose != null) {
            for (var name : choose.split(",")) {
                if (mine.containsKey(name) && request.getParameter(name) == null) {
                    unchosen.add(name);
                    mine.put(name, normalize(edit, name, request.getParameter(YOURS + name)));
                }
            }
        }
        var started = number(request.getParameter(unchosen.isEmpty() ? REVISION : STARTED));
        if (unchosen.isEmpty()) {
            try {
                edit.save().accept(form);
                redirect.addFlashAttribute("message", edit.saved());
                return "redirect:" + edit.done();
            } catch (EditConflictException | OptimisticLockingFailureException stale) {
                // merged below, from where the editor started
            }
        }
        var base = started == null ? Optional.<F>empty() : edit.at().apply(started);
        var baseValues = base.map(start -> values(edit, start)).orElse(null);
        for (int attempt = 1; ; attempt++) {
            var revision = edit.latestRevision().get();
            var current = edit.current().get();
            var merge = ThreeWayMerge.of(baseValues, values(edit, current), mine);
            if (merge.hasConflicts() || !unchosen.isEmpty() || attempt == ATTEMPTS) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("conflict", conflict(edit, merge, current, revision, started, !unchosen.isEmpty()));
                return VIEW;
            }
            var values = merge.merged();
            values.put("version", String.valueOf(version(current)));
            try {
                edit.save().accept(bind(edit.type(), values));
            } catch (EditConflictException | OptimisticLockingFailureException raced) {
                continue;
            }
            redirect.addFlashAttribute("message", edit.saved());
            var kept = merge.with(Outcome.THEIRS);
            if (!kept.isEmpty()) {
                redirect.addFlashAttribute("keptTheirs", labels(edit, kept));
                redirect.addFlashAttribute("keptWho", who(revision));
            }
            return "redirect:" + edit.done();
        }
    }

    private <F extends Record> Conflict conflict(
            Edit<F> edit,
            ThreeWayMerge merge,
            F current,
            Optional<Revision> revision,
            Integer started,
            boolean unchosen) {
        var choices = new ArrayList<Row>();
        var merged = new ArrayList<Row>();
        var hidden = new LinkedHashMap<String, String>();
        hidden.put("version", String.valueOf(version(current)));
        revision.ifPresent(latest -> hidden.put(REVISION, String.valueOf(latest.getId())));
        if (started != null) {
            hidden.put(STARTED, String.valueOf(started));
        }
        for (var field : merge.fields()) {
            var row = new Row(
                    field.name(),
                    wording.label(edit.record(), field.name()),
                    field.outcome(),
                    field.base() == null ? null : wording.value(edit.record(), field.name(), field.base()),
                    wording.value(edit.record(), field.name(), field.theirs()),
                    wording.value(edit.record(), field.name(), field.mine()),
                    field.theirs(),
                    field.mine());
            if (field.outcome() == Outcome.CONFLICT) {
                choices.add(row);
                hidden.put(YOURS + field.name(), field.mine());
            } else {
                hidden.put(field.name(), field.merged());
                if (field.outcome() != Outcome.UNCHANGED) {
                    merged.add(row);
                }
            }
        }
        if (!choices.isEmpty()) {
            hidden.put(CHOOSE, choices.stream().map(Row::name).collect(Collectors.joining(",")));
        }
        return new Conflict(
                edit.action(),
                edit.done(),
                who(revision),
                revision.map(Revision::getAt).orElse(null),
                merge.fields().stream().allMatch(field -> field.base() != null),
                unchosen,
                choices,
                merged,
                hidden);
    }

    private String labels(Edit<?> edit, List<ThreeWayMerge.Field> fields) {
        return fields.stream()
                .map(field -> wording.label(edit.record(), field.name()))
                .collect(Collectors.joining(", "));
    }

    private String who(Optional<Revision> revision) {
        return revision.map(Revision::getUserName)
                .orElseGet(() -> messages.getMessage("desk.merge.someone", null, LocaleContextHolder.getLocale()));
    }

    private static <F extends Record> Map<String, String> values(Edit<F> edit, F form) {
        var values = new LinkedHashMap<String, String>();
        for (var field : edit.fields()) {
            values.put(field.name(), field.normalize(component(form, field.name())));
        }
        return values;
    }

    private static String normalize(Edit<?> edit, String name, String value) {
        return edit.fields().stream()
                .filter(field -> field.name().equals(name))
                .findFirst()
                .orElseThrow()
                .normalize(value);
    }

    private static long version(Record form) {
        var version = component(form, "version");
        return version == null ? -1 : ((Number) version).longValue();
    }

    private static Object component(Record form, String name) {
        try {
            return form.getClass().getDeclaredMethod(name).invoke(form);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(form.getClass().getSimpleName() + " has no " + name, e);
        }
    }

    /** The form holding these values, converted as Spring MVC binds a posted form. */
    private <F extends Record> F bind(Class<F> type, Map<String, String> values) {
        var binder = new DataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(conversions);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> parameterType) {
                return values.get(name);
            }

            @Override
            public Set<String> getNames() {
                return values.keySet();
            }
        });
        if (binder.getBindingResult().hasErrors()) {
            throw new IllegalStateException("Merged values do not bind: " + binder.getBindingResult());
        }
        return type.cast(binder.getTarget());
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
