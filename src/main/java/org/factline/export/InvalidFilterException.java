package org.factline.export;

import org.factline.filter.ClaimFilter;

/** A filter parameter that cannot be understood; shown to the user as a 400 page naming the parameter. */
class InvalidFilterException extends RuntimeException {

    private final String parameter;
    private final String value;
    private final String messageKey;

    InvalidFilterException(ClaimFilter.Problem problem) {
        super("Invalid filter " + problem.parameter() + "=" + problem.value());
        this.parameter = problem.parameter();
        this.value = problem.value();
        this.messageKey = problem.messageKey();
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
