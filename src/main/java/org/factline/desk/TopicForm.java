package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.factline.claim.Topic;
import org.factline.claim.TopicEdit;
import org.factline.shared.MultiLine;

/**
 * The desk's edit of a topic: its name and description in English and in Bahasa Indonesia; {@code version}
 * is the version the editor opened. A new English name renames the topic and moves its address.
 */
record TopicForm(
        @NotNull(message = "{validation.required}") Long version,

        @NotBlank(message = "{validation.required}") @Size(max = Topic.NAME_MAX, message = "{validation.size}")
        String name,

        @Size(max = Topic.NAME_MAX, message = "{validation.size}")
        String nameIndonesian,

        @Size(max = Topic.DESCRIPTION_MAX, message = "{validation.size}") @MultiLine
        String description,

        @Size(max = Topic.DESCRIPTION_MAX, message = "{validation.size}") @MultiLine
        String descriptionIndonesian) {

    static TopicForm of(Topic topic) {
        return new TopicForm(
                topic.getVersion(),
                topic.getName(),
                topic.getNameIndonesian(),
                topic.getDescription(),
                topic.getDescriptionIndonesian());
    }

    TopicEdit toEdit() {
        return new TopicEdit(name, nameIndonesian, description, descriptionIndonesian);
    }
}
