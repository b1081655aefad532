package org.factline.shared;

/**
 * An editorial step that is not allowed now (publishing one's own verdict, editing a published one).
 * The message key names the explanation shown to the editor, in their language.
 */
public class WorkflowException extends RuntimeException {

    private final String messageKey;

    public WorkflowException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
