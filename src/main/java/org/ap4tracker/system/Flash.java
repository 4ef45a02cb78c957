package org.ap4tracker.system;

import java.io.Serializable;
import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-line confirmation shown on the page a POST redirects to ("Event published."). It carries a message
 * key and its arguments, so the text stays in messages.properties. Flash attributes travel in the session,
 * which Spring Session JDBC serialises into PostgreSQL.
 */
public record Flash(String code, List<Object> args) implements Serializable {

    public static final String ATTRIBUTE = "flash";

    public static void show(RedirectAttributes redirect, String code, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash(code, List.of(args)));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
