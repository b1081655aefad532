package org.factline.desk;

/**
 * A destructive step asked once more on a page of its own (no script needed): what will be done to
 * what, and a form that posts the step with {@code confirm=yes}. A post without it only leads here.
 *
 * @param question message key of the heading ("Remove this source?")
 * @param subject what the step is done to, as the editor knows it (a title, a summary)
 * @param detail a line that tells it apart (an address), or null
 * @param consequence message key saying what follows for readers
 * @param action where the confirmed step is posted
 * @param back where "Cancel" leads
 * @param button message key of the confirming button
 */
record Confirmation(
        String question, String subject, String detail, String consequence, String action, String back, String button) {

    static final String VIEW = "desk/confirm";

    /** Whether a post carries the confirmation page's answer. */
    static boolean given(String confirm) {
        return "yes".equals(confirm);
    }
}
