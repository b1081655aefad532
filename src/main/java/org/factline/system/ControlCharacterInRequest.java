package org.factline.system;

/**
 * A request parameter holding a control character ({@code q=a%00b}): answered with our 400 page naming the
 * parameter and the character, before any query reads it.
 */
class ControlCharacterInRequest extends RuntimeException {

    private final String parameter;
    private final String value;

    ControlCharacterInRequest(String parameter, String codePoint) {
        super("Control character " + codePoint + " in parameter " + parameter);
        this.parameter = parameter;
        this.value = codePoint;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public String messageKey() {
        return "error.400.controlCharacter";
    }
}
