package org.factline.shared;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * Reads the Envers revisions of one kind of record and turns consecutive revisions into field-by-field
 * changes. Values stay typed (see {@link Change}); a collection becomes a list of its elements' values, and
 * any other object (a relation, an embedded value) is replaced by what {@code describe} makes of it, which
 * must compare with {@code equals}: a name, a value object, or the related entity itself (one instance per
 * record in the reading transaction).
 */
public final class AuditHistory {

    private AuditHistory() {}

    public static List<Change> changes(
            EntityManager entityManager,
            Class<?> type,
            String recordName,
            AuditCriterion criterion,
            Function<Object, Object> describe) {
        List<?> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .getResultList();
        var fields = auditedFields(type);
        var previousById = new HashMap<Object, Map<String, Object>>();
        var changes = new ArrayList<Change>();
        for (var row : rows) {
            var columns = (Object[]) row;
            var entity = columns[0];
            var revision = (Revision) columns[1];
            var revisionType = (RevisionType) columns[2];
            var id = read(idField(type), entity);
            var snapshot = snapshot(fields, entity, describe);
            var before = previousById.getOrDefault(id, Map.of());
            var fieldChanges = new ArrayList<Change.FieldChange>();
            for (var field : fields) {
                var name = field.getName();
                var old = before.get(name);
                var now = revisionType == RevisionType.DEL ? null : snapshot.get(name);
                if (!Objects.equals(old, now)) {
                    fieldChanges.add(new Change.FieldChange(name, old, now));
                }
            }
            var kind = switch (revisionType) {
                case ADD -> Change.Kind.CREATED;
                case MOD -> Change.Kind.CHANGED;
                case DEL -> Change.Kind.DELETED;
            };
            if (kind != Change.Kind.CHANGED || !fieldChanges.isEmpty()) {
                changes.add(new Change(
                        revision.getAt(),
                        revision.getUserName(),
                        recordName,
                        ((Number) id).longValue(),
                        kind,
                        List.copyOf(fieldChanges)));
            }
            previousById.put(id, revisionType == RevisionType.DEL ? Map.of() : snapshot);
        }
        return changes;
    }

    /** The latest revision of one record, with who made it and when; empty if none was recorded. */
    public static Optional<Revision> latestRevision(EntityManager entityManager, Class<?> type, long id) {
        List<?> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return rows.stream().map(row -> (Revision) ((Object[]) row)[1]).findFirst();
    }

    /**
     * One record as it was at one of its revisions (Envers keeps every revision whole), or empty if that
     * revision holds no state of it.
     */
    public static <T> Optional<T> atRevision(EntityManager entityManager, Class<T> type, long id, int revision) {
        List<?> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, true, false)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionNumber().eq(revision))
                .getResultList();
        return rows.stream().map(type::cast).findFirst();
    }

    private static List<Field> auditedFields(Class<?> type) {
        var fields = new ArrayList<Field>();
        for (var field : type.getDeclaredFields()) {
            var modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers)
                    || field.isAnnotationPresent(NotAudited.class)
                    || field.isAnnotationPresent(jakarta.persistence.Id.class)
                    || field.isAnnotationPresent(jakarta.persistence.Version.class)
                    || isBookkeeping(field.getName())) {
                continue;
            }
            field.setAccessible(true);
            fields.add(field);
        }
        return fields;
    }

    /** Keys and ids mean nothing to a reader of the history; who and when are shown with each change. */
    private static boolean isBookkeeping(String name) {
        return name.endsWith("Id") || name.equals("createdBy") || name.equals("slug");
    }

    private static Field idField(Class<?> type) {
        for (var field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(jakarta.persistence.Id.class)) {
                field.setAccessible(true);
                return field;
            }
        }
        throw new IllegalArgumentException(type + " has no @Id field");
    }

    private static Map<String, Object> snapshot(List<Field> fields, Object entity, Function<Object, Object> describe) {
        var values = new HashMap<String, Object>();
        for (var field : fields) {
            values.put(field.getName(), value(read(field, entity), describe));
        }
        return values;
    }

    private static Object value(Object value, Function<Object, Object> describe) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            var elements = new ArrayList<Object>();
            for (var element : collection) {
                elements.add(value(element, describe));
            }
            return Collections.unmodifiableList(elements);
        }
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof Number
                || value instanceof Enum<?>
                || value instanceof java.time.temporal.Temporal
                || value instanceof Boolean) {
            return value;
        }
        var described = describe.apply(Hibernate.unproxy(value));
        return described != null ? described : value.toString();
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
