package org.rosterbridge.admin;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders jte templates inside the layout. Every page template takes {@code @param Page page} (title, nav,
 * signed-in admin, CSRF token, flashes) and wraps its body in {@code @template.layout(page = page, content =
 * @`...`)}; forms include {@code @template.csrf(page = page)}. Thread-safe.
 */
final class Views {

    /** A one-shot message shown on the next page: {@code kind} is {@code ok} or {@code error}. */
    record Flash(String kind, String text) {}

    /**
     * What the layout needs.
     *
     * @param nav the nav entry to highlight: {@code districts}, {@code events}, {@code runs} or {@code ""}
     * @param user the signed-in admin's name, {@code ""} on the login page
     */
    record Page(String title, String nav, String user, String csrf, List<Flash> flashes) {}

    private final TemplateEngine templates;

    Views(TemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code template} (e.g. {@code "districts.jte"}) with {@code model} plus {@code page}. */
    void render(Context ctx, String template, String title, String nav, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("page", page(ctx, title, nav));
        StringOutput out = new StringOutput();
        templates.render(template, all, out);
        ctx.html(out.toString());
    }

    static Page page(Context ctx, String title, String nav) {
        return Guard.current(ctx)
                .map(s -> new Page(
                        title, nav, s.admin().map(AdminUsers.Admin::name).orElse(""), s.csrf(), s.takeFlashes()))
                .orElseGet(() -> new Page(title, nav, "", "", List.of()));
    }

    /** Queues a message for the next page this browser sees. */
    static void flash(Context ctx, String kind, String text) {
        Guard.current(ctx).ifPresent(s -> s.addFlash(new Flash(kind, text)));
    }

    /** Flashes {@code text} and answers 303 to {@code location}: the end of every form post. */
    static void redirectWith(Context ctx, String location, String kind, String text) {
        flash(ctx, kind, text);
        ctx.redirect(location, io.javalin.http.HttpStatus.SEE_OTHER);
    }
}
