package org.ap4tracker.system;

import java.io.Serializable;
import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-line confirmation shown on the page a POST redirects to ("Event published."). It carries a message
 * key and its arguments, so the text stays in messages.properties. It travels in the session, which
 * Spring Session serialises into PostgreSQL.
 */
public record Flash(String code, List<Object> args, boolean problem) implements Serializable {

    public static final String ATTRIBUTE = "flash";

    /** Confirms that something was done. */
    public static void show(RedirectAttributes redirect, String code, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash(code, List.of(args), false));
    }

    /** Says why something was not done. */
    public static void problem(RedirectAttributes redirect, String code, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash(code, List.of(args), true));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
