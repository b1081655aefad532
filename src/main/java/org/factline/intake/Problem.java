package org.factline.intake;

import java.util.List;

/**
 * Something wrong in an uploaded file, shown with its line (1 is the header row), the column and a
 * message from the bundles: {@code intake.problem.<code>} with the column as {0} and {@code args} after it.
 */
public record Problem(long line, String column, String code, List<Object> args) {

    static Problem of(long line, String column, String code, Object... args) {
        return new Problem(line, column, code, List.of(args));
    }

    public String messageKey() {
        return "intake.problem." + code;
    }

    /** The message arguments: the column first, then the details. */
    public Object[] messageArguments() {
        var all = new Object[args.size() + 1];
        all[0] = column == null ? "" : column;
        for (int i = 0; i < args.size(); i++) {
            all[i + 1] = args.get(i);
        }
        return all;
    }
}
