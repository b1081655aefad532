package org.factline.export;

/** A filter parameter that cannot be understood; shown to the user as a 400 page naming the parameter. */
class InvalidFilterException extends RuntimeException {

    private final String parameter;
    private final String value;
    private final String messageKey;

    InvalidFilterException(String parameter, String value, String messageKey) {
        super("Invalid filter " + parameter + "=" + value);
        this.parameter = parameter;
        this.value = value;
        this.messageKey = messageKey;
    }

    String parameter() {
        return parameter;
    }

    String value() {
        return value;
    }

    String messageKey() {
        return messageKey;
    }
}
